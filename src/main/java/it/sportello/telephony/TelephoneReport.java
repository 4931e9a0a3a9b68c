package it.sportello.telephony;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * The monthly telephone report (annex of the source document) for the local dates {@code from} to {@code to},
 * both included, in total, per queue, per day of the period, per half-hour of the day (summed over the period) and
 * per weekday, with the distribution of waits and the service level of the last 12 months.
 */
public record TelephoneReport(LocalDate from, LocalDate to, @Nullable String queue, int thresholdSeconds,
		double targetPercent, CallFigures total, List<QueueRow> queues, List<DayRow> days, List<IntervalRow> intervals,
		List<WeekdayRow> weekdays, List<WaitBucket> waits, List<MonthRow> trend, List<TransferRow> transfers) {

	public record QueueRow(String queue, @JsonUnwrapped CallFigures figures) {
	}

	public record DayRow(LocalDate day, @JsonUnwrapped CallFigures figures) {
	}

	/** {@code halfHour} 0 is 00:00-00:30, 47 is 23:30-24:00, in local time; {@code start} as {@code HH:mm}. */
	public record IntervalRow(int halfHour, String start, @JsonUnwrapped CallFigures figures) {
	}

	/** {@code weekday} 1 is Monday; its 48 half-hours summed over the period's days of that weekday. */
	public record WeekdayRow(int weekday, @JsonUnwrapped CallFigures figures, List<IntervalRow> intervals) {
	}

	/** Calls that waited from {@code fromSeconds} up to (not including) {@code toSeconds}; null for the last. */
	public record WaitBucket(int fromSeconds, @Nullable Integer toSeconds, long answered, long unanswered) {
	}

	/**
	 * Calls put through to an extension (the 20 most frequent), with the person the directory gives for it, or
	 * null when the extension is not in the directory ("interno non in rubrica").
	 */
	public record TransferRow(String extension, @Nullable String name, long calls) {
	}

	/** A month's service level from the monthly aggregates; null without calls. */
	public record MonthRow(YearMonth month, long offered, long answeredWithinThreshold, long shortAbandoned,
			@Nullable Double serviceLevelPercent, @Nullable Boolean targetMet) {
	}

}
