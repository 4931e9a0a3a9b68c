package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The back office relayed an answer to first level, who gives it to the citizen (S-TT9): {@code answeredAtLevel} found
 * it (the back office, or the department {@code departmentCode} that held the ticket).
 */
public record AnswerRelayed(String number, String categoryCode, Channel channel, Level answeredAtLevel,
		@Nullable String departmentCode, String by, Instant at) implements TicketEvent {
}
