package it.sportello.ticketing.internal;

import it.sportello.shared.Channel;

/** A contact with the citizen: by which channel, why, how it went. */
public record Contact(Channel channel, ContactPurpose purpose, ContactOutcome outcome) {
}
