package it.sportello.reporting.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The switch's data a plan was measured on: the local dates {@code from} to {@code to} (both included), one queue or
 * (null) all of them, and the days of the period that had calls, over which each half-hour is averaged (a closed day
 * does not lower the average day).
 *
 * @param switchThresholdSeconds the telephone report's threshold, which the measured service level is counted at
 * @param switchTargetPercent the telephone report's target
 */
public record MeasuredPeriod(LocalDate from, LocalDate to, @Nullable String queue, int daysWithCalls,
		int switchThresholdSeconds, double switchTargetPercent) {
}
