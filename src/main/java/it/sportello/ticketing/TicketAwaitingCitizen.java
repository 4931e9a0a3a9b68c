package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The department asked the citizen to complete the request (S-TT10): the ticket waits for the citizen, the clock is
 * paused. {@code question} is what the department wrote to the citizen (staff's text, not the citizen's data), for a
 * channel that sends it to them.
 */
public record TicketAwaitingCitizen(String number, String categoryCode, Channel channel, @Nullable String question,
		String by, Instant at) implements TicketEvent {
}
