package it.sportello.ticketing;

/**
 * The ticket a channel's request opened: its number, the citizen's record, and whether this call opened it ({@code false}
 * when the same message had already opened it).
 */
public record OpenedTicket(TicketNumber number, long citizenId, boolean created) {
}
