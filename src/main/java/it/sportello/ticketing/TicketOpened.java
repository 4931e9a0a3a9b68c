package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;

/**
 * A ticket was opened (S-TT1), whatever its channel; it is at first level. {@code citizenId} is the record's
 * identifier only, to be read (and audited) through the citizens' module by a listener that needs it.
 */
public record TicketOpened(String number, Channel channel, String categoryCode, long citizenId, String openedBy,
		Instant at) implements TicketEvent {

	@Override
	public String by() {
		return openedBy;
	}

}
