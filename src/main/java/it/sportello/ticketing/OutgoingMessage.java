package it.sportello.ticketing;

import java.time.Instant;
import java.util.List;

import it.sportello.shared.Channel;
import it.sportello.shared.attachments.AttachmentId;
import org.jspecify.annotations.Nullable;

/**
 * A message the contact center sent to the citizen: by which channel, from which of our addresses, to which of theirs,
 * with its subject, text, when it was sent, the channel's identifier of it ({@code externalId}, stored once per channel)
 * and its files, already in the attachment store.
 */
public record OutgoingMessage(Channel channel, @Nullable String from, String to, @Nullable String subject, String body,
		Instant sentAt, @Nullable String externalId, List<AttachmentId> attachments) {

	public OutgoingMessage {
		attachments = List.copyOf(attachments);
	}

}
