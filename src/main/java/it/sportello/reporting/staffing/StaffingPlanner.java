package it.sportello.reporting.staffing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Turns a source's half-hours into the operators each needs, with Erlang C. Pure: no state, no clock. */
public final class StaffingPlanner {

	/** Seconds in a half-hour, the interval of every plan. */
	public static final int INTERVAL_SECONDS = 1800;

	private StaffingPlanner() {
	}

	public static StaffingPlan plan(TrafficSource source, StaffingParameters p) {
		List<StaffingPlan.Interval> rows = new ArrayList<>();
		int peak = 0;
		long scheduledHalfHours = 0;
		for (IntervalTraffic interval : source.intervals()) {
			double aht = interval.ahtSeconds() != null ? interval.ahtSeconds() : p.ahtSeconds();
			double traffic = ErlangC.traffic(interval.calls(), aht, INTERVAL_SECONDS);
			int needed = ErlangC.agentsNeeded(traffic, aht, p.thresholdSeconds(), p.targetPercent() / 100);
			int scheduled = ErlangC.withShrinkage(needed, p.shrinkagePercent() / 100);
			boolean calls = traffic > 0;
			Integer loggedIn = interval.agentsLoggedIn();
			rows.add(new StaffingPlan.Interval(interval.start(), round(interval.calls()), aht, round(traffic), needed,
					scheduled, calls ? percent(ErlangC.serviceLevel(needed, traffic, aht, p.thresholdSeconds())) : null,
					calls ? round(ErlangC.averageSpeedOfAnswer(needed, traffic, aht)) : null, loggedIn,
					calls && loggedIn != null ? percent(ErlangC.serviceLevel(loggedIn, traffic, aht, p.thresholdSeconds()))
							: null,
					interval.measuredServiceLevelPercent(), loggedIn != null && loggedIn < needed,
					interval.measuredServiceLevelPercent() != null
							&& interval.measuredServiceLevelPercent() <= p.targetPercent()));
			peak = Math.max(peak, needed);
			scheduledHalfHours += scheduled;
		}
		return new StaffingPlan(p, rows, peak, scheduledHalfHours / 2.0, source.measuresAgents(),
				source.measuredPeriod());
	}

	private static @Nullable Double percent(double share) {
		return Math.round(share * 1000) / 10.0;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
