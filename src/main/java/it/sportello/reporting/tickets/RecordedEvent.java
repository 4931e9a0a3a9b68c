package it.sportello.reporting.tickets;

import java.time.Instant;

import it.sportello.shared.Channel;
import it.sportello.ticketing.AnswerRelayed;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketAssigned;
import it.sportello.ticketing.TicketClosed;
import it.sportello.ticketing.TicketEscalated;
import it.sportello.ticketing.TicketEvent;
import it.sportello.ticketing.TicketReminded;
import it.sportello.ticketing.TicketReopened;
import it.sportello.ticketing.TicketResumed;
import it.sportello.ticketing.TicketReturned;
import it.sportello.ticketing.TicketWaitingForCitizen;
import org.jspecify.annotations.Nullable;

/**
 * A ticket event as the dashboards keep it: which ticket, what, when, and the level and department it concerns
 * (escalated or assigned to, reminded, returned by, resolved at, reopened at, waiting or resumed) and the
 * deadline it sets.
 */
record RecordedEvent(String number, EventKind kind, Instant at, Channel channel, String categoryCode,
		@Nullable Level level, @Nullable String departmentCode, @Nullable Instant dueAt) {

	/** The event as kept, or null for one the dashboards do not count. */
	static @Nullable RecordedEvent of(TicketEvent event) {
		EventKind kind = EventKind.of(event);
		if (kind == null) {
			return null;
		}
		Level level = null;
		String department = null;
		Instant due = null;
		if (event instanceof TicketEscalated e) {
			level = e.to();
			department = e.departmentCode();
			due = e.dueAt();
		}
		else if (event instanceof TicketAssigned e) {
			level = Level.DEPARTMENT;
			department = e.departmentCode();
			due = e.dueAt();
		}
		else if (event instanceof TicketReminded e) {
			level = Level.DEPARTMENT;
			department = e.departmentCode();
		}
		else if (event instanceof TicketReturned e) {
			level = Level.BACK_OFFICE;
			department = e.fromDepartmentCode();
		}
		else if (event instanceof AnswerRelayed e) {
			level = e.answeredAtLevel();
			department = e.departmentCode();
		}
		else if (event instanceof TicketClosed e) {
			level = e.resolvedAtLevel();
			department = e.departmentCode();
		}
		else if (event instanceof TicketWaitingForCitizen e) {
			level = Level.DEPARTMENT;
			department = e.departmentCode();
		}
		else if (event instanceof TicketResumed e) {
			level = Level.DEPARTMENT;
			department = e.departmentCode();
			due = e.dueAt();
		}
		else if (event instanceof TicketReopened e) {
			level = e.level();
			department = e.departmentCode();
		}
		else {
			level = Level.FIRST_LEVEL;
		}
		return new RecordedEvent(event.number(), kind, event.at(), event.channel(), event.categoryCode(), level,
				department, due);
	}

}
