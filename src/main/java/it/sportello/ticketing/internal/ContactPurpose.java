package it.sportello.ticketing.internal;

/** Why the citizen was contacted (S-TT10). */
public enum ContactPurpose {
	/** The request lacked information. */
	COMPLETE_REQUEST,
	/** To give the answer. */
	GIVE_ANSWER
}
