package it.sportello.ticketing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A ticket moved up a level: to the back office (S-TT5) or straight to a department's support (S-TT4). */
public record TicketEscalated(String number, Level to, @Nullable String departmentCode, String by, Instant at) {
}
