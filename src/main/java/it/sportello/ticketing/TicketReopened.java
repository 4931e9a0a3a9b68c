package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The citizen called back about the same request and the closed ticket was reopened: it is back at {@code level}
 * (the level that had resolved it) in {@code state}, with its department when that level is a department's.
 */
public record TicketReopened(String number, String categoryCode, Channel channel, TicketState state, Level level,
		@Nullable String departmentCode, String by, Instant at) implements TicketEvent {
}
