package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;

/** A ticket was opened (S-TT1), whatever its channel. */
public record TicketOpened(String number, Channel channel, String categoryCode, long citizenId, String openedBy,
		Instant at) {
}
