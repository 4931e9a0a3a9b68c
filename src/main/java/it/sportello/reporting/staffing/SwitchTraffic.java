package it.sportello.reporting.staffing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.sportello.telephony.HalfHourLoad;
import org.jspecify.annotations.Nullable;

/**
 * The phone switch's measured traffic as the average day of a period: for each half-hour of the day, the calls
 * offered and the operators logged in averaged over the days that had calls (a Sunday with the service closed does
 * not lower the average), the handle time of the answered calls (weighted by how many each day answered), and the
 * service level the switch measured in that half-hour over the whole period. Half-hours with neither calls nor
 * operators in any day (the night) are left out. The operators logged in are rounded to the nearest whole one, as
 * Erlang C counts whole agents.
 */
public record SwitchTraffic(List<IntervalTraffic> intervals, MeasuredPeriod period) implements TrafficSource {

	public SwitchTraffic {
		intervals = List.copyOf(intervals);
	}

	/**
	 * @param loads every half-hour of every day of the period, as the switch measured it
	 * @param measuredServiceLevel the measured service level by half-hour of the day (0 is 00:00), when it had calls
	 */
	public static SwitchTraffic averageDay(List<HalfHourLoad> loads, Map<Integer, Double> measuredServiceLevel,
			LocalDate from, LocalDate to, @Nullable String queue, int switchThresholdSeconds,
			double switchTargetPercent) {
		Set<LocalDate> daysWithCalls = new HashSet<>();
		for (HalfHourLoad load : loads) {
			if (load.offered() > 0) {
				daysWithCalls.add(load.day());
			}
		}
		int days = daysWithCalls.size();
		long[] offered = new long[48];
		long[] answered = new long[48];
		double[] handleSeconds = new double[48];
		double[] agents = new double[48];
		for (HalfHourLoad load : loads) {
			if (!daysWithCalls.contains(load.day())) {
				continue;
			}
			int h = load.halfHour();
			offered[h] += load.offered();
			agents[h] += load.agentsLoggedIn();
			if (load.averageHandleSeconds() != null && load.answered() > 0) {
				answered[h] += load.answered();
				handleSeconds[h] += load.averageHandleSeconds() * load.answered();
			}
		}
		List<IntervalTraffic> intervals = new ArrayList<>();
		for (int h = 0; h < 48 && days > 0; h++) {
			if (offered[h] == 0 && agents[h] == 0) {
				continue;
			}
			intervals.add(new IntervalTraffic(LocalTime.of(h / 2, h % 2 * 30), (double) offered[h] / days,
					answered[h] > 0 ? handleSeconds[h] / answered[h] : null,
					(int) Math.round(agents[h] / days), measuredServiceLevel.get(h)));
		}
		return new SwitchTraffic(intervals,
				new MeasuredPeriod(from, to, queue, days, switchThresholdSeconds, switchTargetPercent));
	}

	@Override
	public boolean measuresAgents() {
		return true;
	}

	@Override
	public MeasuredPeriod measuredPeriod() {
		return period;
	}

}
