package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;

/**
 * A department that was not competent gave the ticket back to the back office ({@code fromDepartmentCode}); the
 * ticket is escalated again and out of that department's queue. Not an escalation: nobody moved it up a level.
 */
public record TicketReturned(String number, String categoryCode, Channel channel, String fromDepartmentCode,
		String by, Instant at) implements TicketEvent {
}
