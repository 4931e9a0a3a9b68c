package it.sportello.ticketing;

import it.sportello.citizens.CitizenDetails;

/**
 * A request that arrived by a channel, to become a ticket: its category, subject and description (as the channel read
 * them from the message), the citizen as the message identifies them (an e-mail address, a phone, a fiscal code) and
 * the message itself, which becomes the ticket's first.
 */
public record ChannelRequest(String categoryCode, String subject, String description, CitizenDetails citizen,
		IncomingMessage message) {
}
