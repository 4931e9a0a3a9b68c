package it.sportello.ticketing;

import java.time.Instant;

/** The back office reminded a department of a ticket it holds (sollecito, S-TT9). */
public record TicketReminded(String number, String departmentCode, int reminderCount, boolean overdue, String by,
		Instant at) {
}
