package it.sportello.reporting.staffing;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * The traffic of one half-hour: calls offered (forecast or measured), their average handle time when the source
 * measured it (else the plan's), the agents logged in when the source knows them (the switch does; a forecast
 * does not), and the service level the switch measured in it, when it did.
 */
public record IntervalTraffic(LocalTime start, double calls, @Nullable Double ahtSeconds,
		@Nullable Integer agentsLoggedIn, @Nullable Double measuredServiceLevelPercent) {

	/** A half-hour whose service level was not measured (a forecast). */
	public IntervalTraffic(LocalTime start, double calls, @Nullable Double ahtSeconds, @Nullable Integer agentsLoggedIn) {
		this(start, calls, ahtSeconds, agentsLoggedIn, null);
	}

	public IntervalTraffic {
		if (start.getMinute() % 30 != 0 || start.getSecond() != 0 || start.getNano() != 0) {
			throw new IllegalArgumentException("a half-hour starts on the hour or at half past: " + start);
		}
		if (!(calls >= 0) || Double.isInfinite(calls)) {
			throw new IllegalArgumentException("calls must be zero or more: " + calls);
		}
	}

}
