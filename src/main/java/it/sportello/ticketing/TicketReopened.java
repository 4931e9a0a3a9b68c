package it.sportello.ticketing;

import java.time.Instant;

/** The citizen called back about the same request and the closed ticket was reopened. */
public record TicketReopened(String number, TicketState state, String by, Instant at) {
}
