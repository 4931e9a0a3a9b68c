package it.sportello.ticketing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A ticket was closed: answered (S-TT3, S-TT8, S-TT10) or forwarded to an office (S-TT6). */
public record TicketClosed(String number, Level resolvedAtLevel, @Nullable String departmentCode,
		@Nullable String forwardedTo, String by, Instant at) {
}
