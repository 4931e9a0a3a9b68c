package it.sportello.knowledge.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A FAQ proposal as the API and its page show it; {@code state} is {@code PROPOSED}, {@code ACCEPTED} or {@code DISMISSED}. */
public record FaqProposalView(long id, String ticketNumber, String categoryCode, @Nullable String departmentCode,
		@Nullable String sheetId, String question, String answer, String state, Instant proposedAt,
		@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String faqId, long version) {
}
