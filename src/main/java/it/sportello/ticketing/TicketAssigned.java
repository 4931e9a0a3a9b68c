package it.sportello.ticketing;

import java.time.Instant;

/** A ticket was given to a department's support, with the deadline of its answer (S-TT8). */
public record TicketAssigned(String number, String departmentCode, Instant dueAt, String by, Instant at) {
}
