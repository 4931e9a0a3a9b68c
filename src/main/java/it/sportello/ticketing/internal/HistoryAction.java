package it.sportello.ticketing.internal;

/** What a history entry records; the timeline shows each with its own label. */
public enum HistoryAction {
	OPENED, ESCALATED_TO_BACK_OFFICE, ESCALATED_TO_DEPARTMENT, ASSIGNED, REMINDED, ANSWER_RELAYED,
	RETURNED_TO_BACK_OFFICE, CONTACT, WAITING_FOR_CITIZEN, RESUMED, CLARIFICATION_REQUESTED, CLARIFICATION_ANSWERED,
	/** An escalation took the pending clarification's question along (the note): the next holder answers it. */
	CLARIFICATION_CARRIED, FORWARDED, CLOSED, FLAGGED_COMMON_INTEREST, REOPENED, NOTE
}
