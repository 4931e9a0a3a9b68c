package it.sportello.ticketing;

import java.time.Instant;
import java.util.List;

import it.sportello.shared.Channel;
import it.sportello.shared.attachments.AttachmentId;
import org.jspecify.annotations.Nullable;

/**
 * A message a citizen sent: by which channel, from which address or number, to which of ours, with its subject, text,
 * when it was received, the channel's own identifier of it ({@code externalId}: an e-mail's Message-ID, a gateway's
 * id; a message is stored once per channel and identifier) and its files, already in the attachment store.
 */
public record IncomingMessage(Channel channel, String from, @Nullable String to, @Nullable String subject, String body,
		Instant receivedAt, @Nullable String externalId, List<AttachmentId> attachments) {

	public IncomingMessage {
		attachments = List.copyOf(attachments);
	}

}
