package it.sportello.telephony.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Epoch seconds to the local day, half-hour (0-47) and weekday (1 = Monday) of the administration's zone, DST
 * included: on the last Sunday of March the half-hours 02:00-02:59 do not occur, on the last Sunday of October
 * 02:00-02:59 occurs twice and both land in the same half-hours. The offset is kept until the next transition,
 * so that millions of calls cost no zone look-up each.
 */
final class LocalSlots {

	private final ZoneRules rules;

	private long validFrom = Long.MAX_VALUE;

	private long validUntil = Long.MIN_VALUE;

	private int offset;

	long localSeconds;

	LocalSlots(ZoneId zone) {
		this.rules = zone.getRules();
	}

	/** Sets {@link #localSeconds} for the instant; then read day, half-hour and weekday. */
	LocalSlots at(long epoch) {
		if (epoch < validFrom || epoch >= validUntil) {
			Instant instant = Instant.ofEpochSecond(epoch);
			offset = rules.getOffset(instant).getTotalSeconds();
			ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
			ZoneOffsetTransition next = rules.nextTransition(instant);
			validFrom = previous == null ? Long.MIN_VALUE / 2 : previous.toEpochSecond();
			validUntil = next == null ? Long.MAX_VALUE / 2 : next.toEpochSecond();
		}
		localSeconds = epoch + offset;
		return this;
	}

	long epochDay() {
		return Math.floorDiv(localSeconds, 86_400);
	}

	LocalDate day() {
		return LocalDate.ofEpochDay(epochDay());
	}

	int halfHour() {
		return (int) (Math.floorMod(localSeconds, 86_400) / 1800);
	}

	int weekday() {
		return (int) Math.floorMod(epochDay() + 3, 7) + 1;
	}

}
