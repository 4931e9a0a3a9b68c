package it.sportello.telephony;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The load of one local half-hour, for staffing: calls offered (with an outcome), their average handle time, and
 * how many operators were logged in and not paused, on average over the half-hour (1.5 = one all the time and
 * another half of it). The handle time is the talk time of answered calls (the switch knows no after-call work).
 *
 * @param halfHour 0 is 00:00-00:30 local time; on the autumn DST day 02:00-03:00 happens twice and its two
 * occurrences are summed in one half-hour (agents averaged over the hour that elapsed)
 */
public record HalfHourLoad(LocalDate day, int halfHour, long offered, long answered,
		@Nullable Double averageHandleSeconds, double agentsLoggedIn) {
}
