package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;

/**
 * What every event of a ticket says, for a listener that counts or routes them all (reporting, notifications):
 * which ticket, of which category, arrived by which channel, who did it and when. Events carry no personal data of
 * the citizen: a listener that needs the record asks the citizens' module, which audits the read.
 */
public interface TicketEvent {

	/** The ticket's number, {@code AAAA-NNNNNN}. */
	String number();

	/** The ticket's category code, e.g. {@code INFORMAZIONI}. */
	String categoryCode();

	/** How the request arrived. */
	Channel channel();

	/** The user name of whoever acted (a staff member, or a channel's own actor for what a channel did). */
	String by();

	/** When it happened. */
	Instant at();

}
