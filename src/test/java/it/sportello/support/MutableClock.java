package it.sportello.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * The application's clock in integration tests: the real time unless a test sets it, so that
 * deadlines, holidays and the year of ticket numbers can be tested by moving time. Reset after use.
 */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	public void set(Instant instant) {
		fixed.set(instant);
	}

	public void reset() {
		fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.system(zone);
	}

	@Override
	public Instant instant() {
		Instant now = fixed.get();
		return now != null ? now : Instant.now();
	}

}
