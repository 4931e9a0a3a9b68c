package it.sportello.ticketing;

import java.time.Instant;
import java.util.List;

import it.sportello.shared.Channel;
import it.sportello.shared.attachments.AttachmentId;
import org.jspecify.annotations.Nullable;

/**
 * A message of a ticket as stored: {@code at} is when it was received ({@code IN}) or sent ({@code OUT}).
 */
public record TicketMessage(long id, String ticketNumber, MessageDirection direction, Channel channel,
		@Nullable String from, @Nullable String to, @Nullable String subject, String body, Instant at,
		@Nullable String externalId, List<AttachmentId> attachments) {
}
