package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * An answer was judged of common interest: the knowledge base turns it into a FAQ draft so that first level can
 * answer the same request next time (S-TT11). {@code question} and {@code answer} are the ticket's description and
 * resolution: the FAQ's editor removes whatever in them is the citizen's own before publishing.
 */
public record AnswerOfCommonInterestFlagged(String number, String categoryCode, Channel channel, String question,
		String answer, @Nullable String departmentCode, String by, Instant at) implements TicketEvent {
}
