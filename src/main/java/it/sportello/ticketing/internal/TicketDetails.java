package it.sportello.ticketing.internal;

import java.time.Instant;
import java.util.List;

import it.sportello.citizens.CitizenView;
import it.sportello.shared.Channel;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.QuotedItem;
import it.sportello.ticketing.TicketState;
import it.sportello.ticketing.internal.TicketSummary.CodeAndName;
import org.jspecify.annotations.Nullable;

/**
 * A ticket with everything its detail page and {@code GET /api/v1/tickets/{number}} show.
 *
 * @param openQuestion the clarification question nobody has answered yet: pending, or carried by an escalation
 * @param quotedItems the knowledge items its answer quoted (empty when none)
 */
public record TicketDetails(String number, long version, TicketState state, @Nullable Level level, Channel channel,
		CodeAndName category, String subject, String description, CitizenView citizen,
		@Nullable CodeAndName department, String openedBy, Instant openedAt, Instant updatedAt, @Nullable Instant dueAt,
		boolean overdue, @Nullable Instant waitingSince, int reminderCount, @Nullable Instant lastRemindedAt,
		boolean clarificationPending, @Nullable String openQuestion, @Nullable Instant closedAt, @Nullable String closedBy,
		@Nullable String resolution, @Nullable Level resolvedAtLevel, @Nullable String forwardedTo,
		boolean commonInterest, List<TicketAction> allowedActions, List<Event> history, List<QuotedItem> quotedItems) {

	/** One entry of the timeline. */
	public record Event(Instant at, String actor, String actorName, HistoryAction action,
			@Nullable TicketState fromState, @Nullable TicketState toState, @Nullable String departmentCode,
			@Nullable String note, @Nullable ContactRecord contact) {
	}

	/** A contact with the citizen recorded on the timeline. */
	public record ContactRecord(Channel channel, ContactPurpose purpose, ContactOutcome outcome) {
	}

}
