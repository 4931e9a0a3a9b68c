package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;

/** The back office reminded a department of a ticket it holds (sollecito, S-TT9), the n-th time, late or not. */
public record TicketReminded(String number, String categoryCode, Channel channel, String departmentCode,
		int reminderCount, boolean overdue, String by, Instant at) implements TicketEvent {
}
