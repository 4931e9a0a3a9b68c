package it.sportello.ticketing.internal;

import java.time.Instant;

import it.sportello.shared.Channel;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketState;
import org.jspecify.annotations.Nullable;

/** A ticket as lists show it. */
public record TicketSummary(String number, TicketState state, @Nullable Level level, Channel channel,
		CodeAndName category, String subject, CitizenRef citizen, @Nullable CodeAndName department, Instant openedAt,
		Instant updatedAt, @Nullable Instant dueAt, boolean overdue, int reminderCount, boolean clarificationPending) {

	/** A coded reference with its name in the reader's language. */
	public record CodeAndName(String code, String name) {
	}

	/** The citizen as lists show them: no personal data beyond the name. */
	public record CitizenRef(long id, String displayName) {
	}

}
