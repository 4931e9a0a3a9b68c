package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;

/**
 * The department holding the ticket waits for the citizen to complete the request (S-TT10): its service-level clock
 * stops, so the ticket is not late while it waits.
 */
public record TicketWaitingForCitizen(String number, String categoryCode, Channel channel, String departmentCode,
		String by, Instant at) implements TicketEvent {
}
