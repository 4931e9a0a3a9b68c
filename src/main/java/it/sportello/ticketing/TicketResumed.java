package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The citizen answered and the department takes the ticket up again: the clock restarts and {@code dueAt}, the
 * deadline moved by the working time spent waiting, is the one that counts from now on.
 */
public record TicketResumed(String number, String categoryCode, Channel channel, String departmentCode,
		@Nullable Instant dueAt, String by, Instant at) implements TicketEvent {
}
