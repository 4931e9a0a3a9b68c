package it.sportello.channels.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;

import it.sportello.channels.internal.RejectedMails;
import it.sportello.shared.DomainException;
import it.sportello.shared.attachments.AttachmentId;
import it.sportello.shared.attachments.AttachmentRefusedException;
import it.sportello.shared.attachments.Attachments;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the configured mailboxes ({@code sportello.mail.inboxes}) every {@code sportello.mail.poll-interval}, on one
 * node at a time (ShedLock). Each unread message is read, handed to {@link MailIntake} and then flagged as read; a
 * message that cannot be read is kept (raw, in the attachment store), reported and moved to the rejected folder, so
 * it never blocks the mailbox. If the application stops between the ticket's commit and the flag, the next poll reads
 * the message again and ticketing's Message-ID key makes that a no-op.
 */
@Component
public class MailPoller {

	private static final Logger log = LoggerFactory.getLogger(MailPoller.class);

	private final MailProperties properties;

	private final MailReader reader;

	private final MailIntake intake;

	private final RejectedMails rejected;

	private final Attachments attachments;

	private final Clock clock;

	MailPoller(MailProperties properties, MailReader reader, MailIntake intake, RejectedMails rejected,
			Attachments attachments, Clock clock) {
		this.properties = properties;
		this.reader = reader;
		this.intake = intake;
		this.rejected = rejected;
		this.attachments = attachments;
		this.clock = clock;
	}

	/** What one poll of one mailbox did. */
	public record PollReport(int read, int rejected, int failed) {
	}

	@Scheduled(fixedDelayString = "${sportello.mail.poll-interval:PT1M}", initialDelayString = "PT10S")
	@SchedulerLock(name = "mail-poll")
	public void pollAll() {
		for (MailProperties.Inbox inbox : properties.inboxes()) {
			try {
				PollReport report = poll(inbox);
				if (report.read() + report.rejected() + report.failed() > 0) {
					log.info("Mailbox {}: {} read, {} rejected, {} left for the next poll", inbox.safeName(),
							report.read(), report.rejected(), report.failed());
				}
			}
			catch (MessagingException ex) {
				log.warn("Mailbox {} could not be read: {}", inbox.safeName(), ex.getMessage());
			}
		}
	}

	/** Reads one mailbox's unread messages (at most {@code max-messages-per-poll}). */
	public PollReport poll(MailProperties.Inbox inbox) throws MessagingException {
		URLName url = new URLName(inbox.url().toString());
		Properties settings = new Properties();
		String protocol = url.getProtocol().toLowerCase(java.util.Locale.ROOT);
		settings.setProperty("mail." + protocol + ".connectiontimeout", "20000");
		settings.setProperty("mail." + protocol + ".timeout", "60000");
		settings.setProperty("mail." + protocol + ".partialfetch", "false");
		Session session = Session.getInstance(settings);
		int read = 0;
		int rejectedCount = 0;
		int failed = 0;
		try (Store store = session.getStore(url)) {
			store.connect();
			String folderName = url.getFile() == null || url.getFile().isBlank() ? "INBOX" : url.getFile();
			Folder folder = store.getFolder(folderName);
			folder.open(Folder.READ_WRITE);
			try {
				Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				int limit = Math.min(unread.length, properties.maxMessagesPerPoll());
				for (int i = 0; i < limit; i++) {
					Message message = unread[i];
					switch (take(inbox, store, folder, message)) {
						case READ -> read++;
						case REJECTED -> rejectedCount++;
						case FAILED -> failed++;
					}
				}
			}
			finally {
				folder.close(true);
			}
		}
		return new PollReport(read, rejectedCount, failed);
	}

	private enum Taken {
		READ, REJECTED, FAILED
	}

	private Taken take(MailProperties.Inbox inbox, Store store, Folder folder, Message message)
			throws MessagingException {
		byte[] raw;
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			message.writeTo(out);
			raw = out.toByteArray();
		}
		catch (IOException ex) {
			log.warn("Mailbox {}: a message could not be downloaded ({}); trying again at the next poll",
					inbox.safeName(), ex.getMessage());
			return Taken.FAILED;
		}
		ReadMail mail;
		Instant receivedAt = clock.instant();
		try {
			mail = reader.read(raw, receivedAt);
		}
		catch (UnreadableMailException unreadable) {
			setAside(inbox, store, folder, message, raw, null, unreadable.getMessage());
			return Taken.REJECTED;
		}
		try {
			intake.take(mail, receivedAt);
		}
		catch (UnreadableMailException | DomainException refused) {
			// The message reads, but ticketing refuses what it says (no sender, details it cannot accept): for a person.
			String reason = refused instanceof DomainException domain ? domain.code() : refused.getMessage();
			setAside(inbox, store, folder, message, raw, mail.messageId(), String.valueOf(reason));
			return Taken.REJECTED;
		}
		catch (RuntimeException ex) {
			// The database or the store failing: the message stays unread and is read again at the next poll.
			log.error("Mailbox {}: message {} not taken, trying again at the next poll", inbox.safeName(),
					mail.messageId(), ex);
			return Taken.FAILED;
		}
		message.setFlag(Flags.Flag.SEEN, true);
		return Taken.READ;
	}

	private void setAside(MailProperties.Inbox inbox, Store store, Folder folder, Message message, byte[] raw,
			@Nullable String messageId, String reason) throws MessagingException {
		AttachmentId kept = null;
		try {
			kept = attachments.store("messaggio-scartato.eml", new ByteArrayInputStream(raw)).id();
		}
		catch (AttachmentRefusedException refused) {
			reason = reason + "; raw message not kept: " + refused.code();
		}
		rejected.record(inbox.safeName(), messageId, reason, kept, clock.instant());
		// The reason may quote the message (a header, an address): it is in the report, not in the log.
		log.warn("Mailbox {}: a message could not be taken; reported and moved to {}", inbox.safeName(),
				properties.rejectedFolder());
		Folder aside = store.getFolder(properties.rejectedFolder());
		if (!aside.exists()) {
			aside.create(Folder.HOLDS_MESSAGES);
		}
		folder.copyMessages(new Message[] { message }, aside);
		message.setFlag(Flags.Flag.DELETED, true);
	}

}
