package it.sportello.ticketing;

/** Whether a ticket's message came from the citizen ({@code IN}) or was sent to them ({@code OUT}). */
public enum MessageDirection {
	IN, OUT
}
