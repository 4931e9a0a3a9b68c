package it.sportello.reporting.tickets;

import it.sportello.ticketing.AnswerRelayed;
import it.sportello.ticketing.TicketAssigned;
import it.sportello.ticketing.TicketClosed;
import it.sportello.ticketing.TicketEscalated;
import it.sportello.ticketing.TicketEvent;
import it.sportello.ticketing.TicketOpened;
import it.sportello.ticketing.TicketReminded;
import it.sportello.ticketing.TicketReopened;
import it.sportello.ticketing.TicketResumed;
import it.sportello.ticketing.TicketReturned;
import it.sportello.ticketing.TicketWaitingForCitizen;
import org.jspecify.annotations.Nullable;

/**
 * The ticket events the dashboards keep, in the order a ticket's events of the same instant are folded (an opening
 * comes before anything else that happened in its millisecond).
 */
enum EventKind {

	OPENED, ESCALATED, ASSIGNED, REMINDED, RETURNED, RELAYED, CLOSED, REOPENED, WAITING, RESUMED;

	/** The kind of a ticketing event, or null for one the dashboards do not count (a flag for the FAQ). */
	static @Nullable EventKind of(TicketEvent event) {
		if (event instanceof TicketOpened) {
			return OPENED;
		}
		if (event instanceof TicketEscalated) {
			return ESCALATED;
		}
		if (event instanceof TicketAssigned) {
			return ASSIGNED;
		}
		if (event instanceof TicketReminded) {
			return REMINDED;
		}
		if (event instanceof TicketReturned) {
			return RETURNED;
		}
		if (event instanceof AnswerRelayed) {
			return RELAYED;
		}
		if (event instanceof TicketClosed) {
			return CLOSED;
		}
		if (event instanceof TicketReopened) {
			return REOPENED;
		}
		if (event instanceof TicketWaitingForCitizen) {
			return WAITING;
		}
		if (event instanceof TicketResumed) {
			return RESUMED;
		}
		return null;
	}

}
