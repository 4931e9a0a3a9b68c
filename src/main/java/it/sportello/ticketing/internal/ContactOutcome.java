package it.sportello.ticketing.internal;

/** How a contact with the citizen went. */
public enum ContactOutcome {
	REACHED, NOT_REACHED, MESSAGE_LEFT
}
