package it.sportello.ticketing;

/**
 * A message stored with its ticket: its identifier, and whether this call stored it ({@code false} when the channel had
 * delivered the same message before).
 */
public record RecordedMessage(long id, TicketNumber ticketNumber, boolean created) {
}
