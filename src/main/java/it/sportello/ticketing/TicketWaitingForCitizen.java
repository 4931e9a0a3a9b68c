package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;

import org.jspecify.annotations.Nullable;

/**
 * The department holding the ticket asked the citizen to complete the request and waits for them (S-TT10): its
 * service-level clock stops, so the ticket is not late while it waits. {@code question} is what the department wrote
 * to the citizen (staff's text, not the citizen's data), for a channel that sends it to them.
 */
public record TicketWaitingForCitizen(String number, String categoryCode, Channel channel, String departmentCode,
		@Nullable String question, String by, Instant at) implements TicketEvent {
}
