package it.sportello.ticketing;

/** Where a ticket stands in the procedure of section 4 of the source document. */
public enum TicketState {

	/** Opened by first level, the caller possibly still on the line. */
	OPEN(Level.FIRST_LEVEL),
	/** Escalated to the back office (S-TT5). */
	ESCALATED(Level.BACK_OFFICE),
	/** Held by a department's support (S-TT4, S-TT8); the service-level clock runs. */
	ASSIGNED(Level.DEPARTMENT),
	/** The department waits for the citizen to complete the request; the clock is paused (S-TT10). */
	WAITING_FOR_CITIZEN(Level.DEPARTMENT),
	/** The back office relayed an answer to first level, who gives it to the citizen (S-TT9). */
	ANSWER_RELAYED(Level.FIRST_LEVEL),
	/** Answered, forwarded or otherwise done. */
	CLOSED(null);

	private final Level level;

	TicketState(Level level) {
		this.level = level;
	}

	/** The level that holds a ticket in this state; null for closed tickets. */
	public Level level() {
		return level;
	}

}
