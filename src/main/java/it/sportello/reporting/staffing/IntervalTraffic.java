package it.sportello.reporting.staffing;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * The traffic of one half-hour: calls offered (forecast or measured), their average handle time when the source
 * measured it (else the plan's), and the agents logged in when the source knows them (the switch does; a forecast
 * does not).
 */
public record IntervalTraffic(LocalTime start, double calls, @Nullable Double ahtSeconds,
		@Nullable Integer agentsLoggedIn) {

	public IntervalTraffic {
		if (start.getMinute() % 30 != 0 || start.getSecond() != 0 || start.getNano() != 0) {
			throw new IllegalArgumentException("a half-hour starts on the hour or at half past: " + start);
		}
		if (!(calls >= 0) || Double.isInfinite(calls)) {
			throw new IllegalArgumentException("calls must be zero or more: " + calls);
		}
	}

}
