package it.sportello.ticketing.internal;

import java.time.LocalDate;

import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketState;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the ticket search; every one optional. {@code citizen} is free text (name, fiscal code,
 * phone or e-mail) looked up in the citizen registry; {@code commonInterest} finds the answers flagged as of
 * common interest (S-TT11), the candidates for the FAQ.
 */
public record TicketSearch(@Nullable String number, @Nullable String citizen, @Nullable Long citizenId,
		@Nullable TicketState state, @Nullable Level level, @Nullable String department, @Nullable String category,
		@Nullable LocalDate openedFrom, @Nullable LocalDate openedTo, @Nullable Boolean overdue,
		@Nullable Boolean clarificationPending, @Nullable Boolean commonInterest) {

	public static TicketSearch none() {
		return new TicketSearch(null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
