package it.sportello.channels.mail;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An incoming e-mail as the channel understands it: who asks (for a forwarded message or a PEC, the original sender),
 * about what, the text to keep, the identifiers that thread it, its files and what kind of message it is.
 *
 * @param messageId the Message-ID of the message as delivered to our mailbox (the key of exactly-once)
 * @param threadIds In-Reply-To and References, in order, to match a message we sent
 * @param failedRecipient for a bounce, the address that could not be reached
 * @param reference for a bounce or a PEC receipt, the Message-ID of our message it is about
 */
public record ReadMail(String messageId, MailKind kind, @Nullable String fromAddress, @Nullable String fromName,
		@Nullable String to, @Nullable String subject, String text, Instant sentAt, List<String> threadIds,
		List<MailFile> files, @Nullable String failedRecipient, @Nullable String reference) {

	public ReadMail {
		threadIds = List.copyOf(threadIds);
		files = List.copyOf(files);
	}

	/** A file that came with the message: an attachment, the PEC envelope, a forwarded original. */
	public record MailFile(String name, byte[] content) {
	}

	/** What a message is, which decides what the channel does with it. */
	public enum MailKind {
		/** A citizen's message: opens a ticket or is added to one. */
		REQUEST,
		/** A certified message (PEC) whose inner message is the citizen's: treated as a request, envelope kept. */
		CERTIFIED,
		/** A PEC provider's receipt (acceptance, delivery) of a message we sent: attached to its ticket. */
		CERTIFIED_RECEIPT,
		/** An automatic reply (out of office, auto-submitted): nothing opened, nothing answered. */
		AUTO_REPLY,
		/** A delivery status notification: marks the address failing on the ticket of our message. */
		BOUNCE,
		/** Mailing-list traffic: nothing opened, nothing answered. */
		MAILING_LIST
	}

}
