package it.sportello.reporting.staffing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.sportello.identity.StaffMember;
import it.sportello.shared.InvalidInputException;
import it.sportello.telephony.TelephoneReport;
import it.sportello.telephony.Telephony;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The staffing plan on the phone switch's data: the period (a month, or dates) and the queue the manager chose, read
 * through telephony's public API. The threshold and the target the plan aims at are, unless the manager gives
 * others, those of the telephone report, so that the service level the switch measured and the one Erlang C
 * expects are counted alike.
 */
@Service
public class SwitchData {

	/** The longest period averaged (a quarter and a bit: the average day of a season). */
	public static final int MAX_DAYS = 93;

	private final Telephony telephony;

	private final StaffingAdvice advice;

	SwitchData(Telephony telephony, StaffingAdvice advice) {
		this.telephony = telephony;
		this.advice = advice;
	}

	/** The queues the switch's calls were in, by name. */
	public List<String> queues(StaffMember me) {
		advice.requireAllowed(me);
		return telephony.queues();
	}

	/**
	 * The period a manager asked for: a month ({@code YYYY-MM}) or the dates from..to, both included.
	 *
	 * @throws InvalidInputException naming {@code month}, {@code from} or {@code to}
	 */
	public static Period period(@Nullable String month, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (month != null && !month.isBlank()) {
			YearMonth chosen;
			try {
				chosen = YearMonth.parse(month.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new InvalidInputException("month", "staffing.switch.month");
			}
			return new Period(chosen.atDay(1), chosen.atEndOfMonth());
		}
		if (from == null) {
			throw new InvalidInputException("from", "staffing.switch.period-missing");
		}
		LocalDate end = to == null ? from : to;
		if (end.isBefore(from)) {
			throw new InvalidInputException("to", "reports.period-reversed");
		}
		if (ChronoUnit.DAYS.between(from, end) + 1 > MAX_DAYS) {
			throw new InvalidInputException("to", "reports.period-too-long", MAX_DAYS);
		}
		return new Period(from, end);
	}

	/** Local dates from..to, both included. */
	public record Period(LocalDate from, LocalDate to) {
	}

	/**
	 * The plan on the average day of the period's days with calls, in one queue or (null) all.
	 *
	 * @param thresholdSeconds null: the telephone report's
	 * @param targetPercent null: the telephone report's
	 * @param ahtSeconds for the half-hours where no call was answered; null: the staffing default
	 * @param shrinkagePercent null: the staffing default
	 * @throws InvalidInputException for an unknown queue ({@code queue}) or a period without calls ({@code from})
	 */
	public StaffingPlan plan(Period period, @Nullable String queue, @Nullable Integer thresholdSeconds,
			@Nullable Double targetPercent, @Nullable Double ahtSeconds, @Nullable Double shrinkagePercent,
			StaffMember me) {
		advice.requireAllowed(me);
		String chosenQueue = queue == null || queue.isBlank() ? null : queue.strip();
		if (chosenQueue != null && !telephony.queues().contains(chosenQueue)) {
			throw new InvalidInputException("queue", "staffing.switch.unknown-queue", chosenQueue);
		}
		TelephoneReport report = telephony.report(period.from(), period.to(), chosenQueue);
		Map<Integer, Double> measured = new HashMap<>();
		for (TelephoneReport.IntervalRow row : report.intervals()) {
			if (row.figures().serviceLevelPercent() != null) {
				measured.put(row.halfHour(), row.figures().serviceLevelPercent());
			}
		}
		SwitchTraffic traffic = SwitchTraffic.averageDay(
				telephony.halfHourLoad(period.from(), period.to(), chosenQueue), measured, period.from(), period.to(),
				chosenQueue, report.thresholdSeconds(), report.targetPercent());
		if (traffic.period().daysWithCalls() == 0) {
			throw new InvalidInputException("from", "staffing.switch.no-calls");
		}
		StaffingParameters defaults = advice.defaults();
		StaffingParameters parameters = new StaffingParameters(ahtSeconds == null ? defaults.ahtSeconds() : ahtSeconds,
				thresholdSeconds == null ? report.thresholdSeconds() : thresholdSeconds,
				targetPercent == null ? report.targetPercent() : targetPercent,
				shrinkagePercent == null ? defaults.shrinkagePercent() : shrinkagePercent);
		return advice.plan(traffic, parameters, me);
	}

}
