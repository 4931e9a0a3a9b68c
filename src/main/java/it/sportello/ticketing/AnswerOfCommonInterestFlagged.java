package it.sportello.ticketing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An answer was judged of common interest: the knowledge base turns it into a FAQ draft so that first
 * level can answer the same request next time (S-TT11).
 */
public record AnswerOfCommonInterestFlagged(String number, String categoryCode, String question, String answer,
		@Nullable String departmentCode, String by, Instant at) {
}
