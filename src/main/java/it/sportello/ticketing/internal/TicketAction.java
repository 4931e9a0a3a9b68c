package it.sportello.ticketing.internal;

import java.util.EnumSet;
import java.util.Set;

import it.sportello.identity.Role;
import it.sportello.ticketing.TicketState;

import static it.sportello.identity.Role.BACK_OFFICE;
import static it.sportello.identity.Role.DEPARTMENT_SUPPORT;
import static it.sportello.identity.Role.FIRST_LEVEL;
import static it.sportello.identity.Role.URP;
import static it.sportello.ticketing.TicketState.ANSWER_RELAYED;
import static it.sportello.ticketing.TicketState.ASSIGNED;
import static it.sportello.ticketing.TicketState.CLOSED;
import static it.sportello.ticketing.TicketState.ESCALATED;
import static it.sportello.ticketing.TicketState.OPEN;
import static it.sportello.ticketing.TicketState.WAITING_FOR_CITIZEN;

/**
 * Every action on a ticket with the roles that may take it and the states it may start from: the one
 * table of the workflow (section 4 of the source document). Department-scoped roles act only on their
 * department's tickets, which {@link Ticket#isVisibleTo} checks.
 */
public enum TicketAction {

	/** First level answers and closes (S-TT3); back office (S-TT8) and department (S-TT10) likewise at their level. */
	CLOSE(Set.of(FIRST_LEVEL, BACK_OFFICE, DEPARTMENT_SUPPORT), OPEN, ANSWER_RELAYED, ESCALATED, ASSIGNED,
			WAITING_FOR_CITIZEN),
	/** S-TT5. */
	ESCALATE_TO_BACK_OFFICE(Set.of(FIRST_LEVEL), OPEN),
	/** S-TT4: the competent department is known. */
	ESCALATE_TO_DEPARTMENT(Set.of(FIRST_LEVEL), OPEN),
	/** S-TT6: the call was put through to an office or URP. */
	FORWARD(Set.of(FIRST_LEVEL), OPEN),
	/** S-TT2: a quick question to the back office while the caller waits. */
	REQUEST_CLARIFICATION(Set.of(FIRST_LEVEL), OPEN),
	ANSWER_CLARIFICATION(Set.of(BACK_OFFICE), OPEN),
	/** S-TT8 (also re-assignment of a misrouted ticket). */
	ASSIGN(Set.of(BACK_OFFICE), ESCALATED, ASSIGNED, WAITING_FOR_CITIZEN),
	/** S-TT9. */
	REMIND(Set.of(BACK_OFFICE), ASSIGNED, WAITING_FOR_CITIZEN),
	/** S-TT9: the answer goes back to first level, who gives it to the citizen. */
	RELAY_ANSWER(Set.of(BACK_OFFICE), ESCALATED, ASSIGNED, WAITING_FOR_CITIZEN),
	/** A department that is not competent hands the ticket back to the back office. */
	RETURN_TO_BACK_OFFICE(Set.of(DEPARTMENT_SUPPORT), ASSIGNED, WAITING_FOR_CITIZEN),
	/** S-TT10: a contact with the citizen, to complete the request or to give the answer. */
	RECORD_CONTACT(Set.of(FIRST_LEVEL, BACK_OFFICE, DEPARTMENT_SUPPORT), OPEN, ANSWER_RELAYED, ESCALATED, ASSIGNED,
			WAITING_FOR_CITIZEN),
	/** S-TT10: the clock stops while the citizen completes the request. */
	WAIT_FOR_CITIZEN(Set.of(DEPARTMENT_SUPPORT), ASSIGNED),
	RESUME(Set.of(DEPARTMENT_SUPPORT), WAITING_FOR_CITIZEN),
	/** S-TT11. */
	FLAG_COMMON_INTEREST(Set.of(DEPARTMENT_SUPPORT, BACK_OFFICE), CLOSED),
	/** The citizen calls back about the same request. */
	REOPEN(Set.of(FIRST_LEVEL, BACK_OFFICE), CLOSED),
	/** An internal note, by anyone who works on the ticket. */
	ADD_NOTE(Set.of(FIRST_LEVEL, BACK_OFFICE, DEPARTMENT_SUPPORT, URP), OPEN, ANSWER_RELAYED, ESCALATED, ASSIGNED,
			WAITING_FOR_CITIZEN, CLOSED);

	private final Set<Role> roles;

	private final Set<TicketState> from;

	TicketAction(Set<Role> roles, TicketState first, TicketState... rest) {
		this.roles = roles;
		this.from = EnumSet.of(first, rest);
	}

	public boolean allowsRole(Role role) {
		return roles.contains(role);
	}

	public boolean allowsState(TicketState state) {
		return from.contains(state);
	}

	/** The message code of the action's name, for refusals and the timeline. */
	public String messageCode() {
		return "ticket.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
