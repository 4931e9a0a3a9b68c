package it.sportello.ticketing;

import java.time.Instant;
import java.util.List;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The answer a closed ticket gave, for the knowledge base: the request (subject and description) and its answer, the
 * level (and department) that found it, when it was closed, whether it was flagged of common interest and the
 * knowledge items it quoted. The texts are as the staff wrote them: whoever publishes them removes what is the
 * citizen's own.
 */
public record ClosedAnswer(String number, String categoryCode, Channel channel, String subject, String question,
		String answer, Level resolvedAtLevel, @Nullable String departmentCode, Instant closedAt, boolean commonInterest,
		List<QuotedItem> quotedItems) {
}
