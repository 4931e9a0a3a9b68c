package it.sportello.channels.mail;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

import it.sportello.channels.internal.ChannelTickets;
import it.sportello.channels.internal.ChannelsProperties;
import it.sportello.channels.internal.Inbox;
import it.sportello.channels.internal.Outbox;
import it.sportello.channels.mail.ReadMail.MailFile;
import it.sportello.channels.mail.ReadMail.MailKind;
import it.sportello.citizens.CitizenDetails;
import it.sportello.shared.Channel;
import it.sportello.shared.NotFoundException;
import it.sportello.shared.attachments.AttachmentId;
import it.sportello.shared.attachments.AttachmentRefusedException;
import it.sportello.shared.attachments.Attachments;
import it.sportello.ticketing.ChannelRequest;
import it.sportello.ticketing.IncomingMessage;
import it.sportello.ticketing.OpenedTicket;
import it.sportello.ticketing.RecordedMessage;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketNumber;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What an incoming e-mail does: a request opens a ticket (or is added to the ticket it replies to), a PEC opens the
 * ticket from its inner message with the envelope kept, a PEC receipt is attached to the ticket of our message, a
 * bounce marks the citizen's address failing, automatic replies and list traffic do nothing. Every write goes through
 * ticketing's {@link TicketDesk}, which keeps a Message-ID once: reading the same message again changes nothing.
 */
@Service
public class MailIntake {

	private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

	static final int MAX_SUBJECT = 200;

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_BODY = 100_000;

	private final TicketDesk desk;

	private final Attachments attachments;

	private final ChannelTickets tickets;

	private final Inbox inbox;

	private final Outbox outbox;

	private final ChannelsProperties properties;

	MailIntake(TicketDesk desk, Attachments attachments, ChannelTickets tickets, Inbox inbox, Outbox outbox,
			ChannelsProperties properties) {
		this.desk = desk;
		this.attachments = attachments;
		this.tickets = tickets;
		this.inbox = inbox;
		this.outbox = outbox;
		this.properties = properties;
	}

	/** What a message did. */
	public enum Outcome {
		/** A new ticket was opened. */
		OPENED,
		/** The message was added to the ticket it replies to (or a receipt to the ticket of our message). */
		APPENDED,
		/** The message had been read before: nothing new. */
		ALREADY_READ,
		/** An automatic reply or list traffic: nothing opened, nothing answered. */
		IGNORED,
		/** A bounce of our message: the citizen's address is marked failing on the ticket. */
		BOUNCE_RECORDED,
		/** A bounce or receipt about a message that is not ours: nothing to do. */
		UNRELATED
	}

	/** The outcome and the ticket it concerns, if any. */
	public record Result(Outcome outcome, @Nullable String ticketNumber) {
	}

	/**
	 * Takes a message read from a mailbox at {@code receivedAt}: the time it is kept with (its Date header is the
	 * sender's to write, and says when it was written, not when it reached us).
	 */
	public Result take(ReadMail mail, Instant receivedAt) {
		return switch (mail.kind()) {
			case AUTO_REPLY, MAILING_LIST -> new Result(Outcome.IGNORED, null);
			case BOUNCE -> bounce(mail);
			case CERTIFIED_RECEIPT -> receipt(mail, receivedAt);
			case REQUEST, CERTIFIED -> request(mail, receivedAt);
		};
	}

	private Result request(ReadMail mail, Instant receivedAt) {
		if (mail.fromAddress() == null) {
			throw new UnreadableMailException("no sender address", null);
		}
		StoredFiles files = store(mail.files());
		String body = body(mail, files);
		IncomingMessage message = new IncomingMessage(Channel.EMAIL, cut(mail.fromAddress(), 320),
				cutOrNull(mail.to(), 320), cutOrNull(mail.subject(), 1000), body, receivedAt, mail.messageId(),
				files.ids());
		Optional<String> thread = ticketRepliedTo(mail);
		if (thread.isPresent()) {
			try {
				RecordedMessage recorded = desk.appendIncoming(new TicketNumber(thread.get()), message);
				if (recorded.created() && tickets.find(thread.get()).map(ChannelTickets.ChannelTicket::closed).orElse(false)) {
					inbox.add(thread.get(), label(mail), Inbox.Reason.REPLY_TO_CLOSED, mail.subject(), receivedAt);
				}
				return new Result(recorded.created() ? Outcome.APPENDED : Outcome.ALREADY_READ, thread.get());
			}
			catch (NotFoundException unknown) {
				// A tag or reference naming no ticket of ours (a typo, another installation): a new request.
				log.info("Message names ticket {} which does not exist: opening a new ticket", thread.get());
			}
		}
		OpenedTicket opened = desk.open(new ChannelRequest(properties.categoryOf(Channel.EMAIL), title(mail),
				description(body), citizen(mail), message));
		if (opened.created()) {
			// Known at once, so that a reply or a bounce arriving before the opening's listeners run finds the ticket.
			tickets.record(new ChannelTickets.ChannelTicket(opened.number().value(), Channel.EMAIL, opened.citizenId(),
					mail.fromAddress(), null, null, false, null, receivedAt));
			inbox.add(opened.number().value(), label(mail), Inbox.Reason.NEW, title(mail), receivedAt);
		}
		return new Result(opened.created() ? Outcome.OPENED : Outcome.ALREADY_READ, opened.number().value());
	}

	private Result receipt(ReadMail mail, Instant receivedAt) {
		Optional<String> number = Optional.ofNullable(mail.reference()).flatMap(this::ticketOfOurMessage);
		if (number.isEmpty()) {
			log.info("PEC receipt for a message that is not ours: nothing to attach");
			return new Result(Outcome.UNRELATED, null);
		}
		StoredFiles files = store(mail.files());
		String subject = mail.subject() == null ? "Ricevuta PEC" : mail.subject();
		String body = body(mail, files);
		IncomingMessage message = new IncomingMessage(Channel.EMAIL, cut(mail.fromAddress() == null ? "posta-certificata"
				: mail.fromAddress(), 320), cutOrNull(mail.to(), 320), cut(subject, 1000), cut(body, MAX_BODY),
				receivedAt, mail.messageId(), files.ids());
		RecordedMessage recorded = desk.appendIncoming(new TicketNumber(number.get()), message);
		return new Result(recorded.created() ? Outcome.APPENDED : Outcome.ALREADY_READ, number.get());
	}

	private Result bounce(ReadMail mail) {
		Optional<String> number = Optional.ofNullable(mail.reference()).flatMap(this::ticketOfOurMessage);
		if (number.isEmpty()) {
			return new Result(Outcome.UNRELATED, null);
		}
		String failed = mail.failedRecipient() == null ? "?" : mail.failedRecipient();
		tickets.markEmailFailing(number.get(), failed + ": " + firstLine(mail.text()));
		return new Result(Outcome.BOUNCE_RECORDED, number.get());
	}

	/** The ticket a reply is about: the tag in its subject, else one of our Message-IDs it answers. */
	private Optional<String> ticketRepliedTo(ReadMail mail) {
		if (mail.subject() != null) {
			Matcher tag = MailReader.TICKET_TAG.matcher(mail.subject());
			if (tag.find()) {
				return Optional.of(tag.group(1));
			}
		}
		for (String id : mail.threadIds()) {
			Optional<String> ours = ticketOfOurMessage(id);
			if (ours.isPresent()) {
				return ours;
			}
		}
		return Optional.empty();
	}

	private Optional<String> ticketOfOurMessage(String messageId) {
		Optional<String> sent = outbox.ticketOfMessage(messageId);
		if (sent.isPresent()) {
			return sent;
		}
		Matcher ours = MailReader.OUR_MESSAGE_ID.matcher(messageId);
		return ours.matches() ? Optional.of(ours.group(1)) : Optional.empty();
	}

	/** The files in the store; a file the store refuses is named in the text instead, never silently dropped. */
	private StoredFiles store(List<MailFile> files) {
		List<AttachmentId> stored = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (MailFile file : files) {
			try {
				stored.add(attachments.store(file.name(), new ByteArrayInputStream(file.content())).id());
			}
			catch (AttachmentRefusedException refusal) {
				refused.add(file.name() + " (" + refusal.code() + ")");
			}
		}
		return new StoredFiles(stored, refused);
	}

	private record StoredFiles(List<AttachmentId> ids, List<String> refused) {
	}

	private static String body(ReadMail mail, StoredFiles files) {
		List<String> refused = files.refused();
		StringBuilder text = new StringBuilder(mail.text().strip());
		if (mail.kind() == MailKind.CERTIFIED) {
			text.insert(0, "[PEC] ");
		}
		for (String name : refused) {
			text.append("\n\n[Allegato non conservato: ").append(name).append(']');
		}
		String body = text.toString();
		if (body.isBlank() && files.ids().isEmpty()) {
			body = "(messaggio senza testo)";
		}
		if (body.length() > MAX_BODY) {
			body = body.substring(0, MAX_BODY - 40) + "\n\n[… testo troncato]";
		}
		return body;
	}

	private static String title(ReadMail mail) {
		String subject = mail.subject();
		if (subject == null || subject.isBlank()) {
			String first = firstLine(mail.text());
			subject = first.isBlank() ? "Messaggio e-mail senza oggetto" : "(senza oggetto) " + first;
		}
		if (mail.kind() == MailKind.CERTIFIED) {
			subject = "PEC: " + subject;
		}
		return cut(subject, MAX_SUBJECT);
	}

	private static String description(String body) {
		String text = body.isBlank() ? "(solo allegati)" : body;
		return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION - 2) + " …" : text;
	}

	/**
	 * The citizen as the message names them: the address (found exactly, or a new record) and, for a new record, the
	 * name from the display name or the address. Nothing else, so a message never changes someone's stored details.
	 */
	static CitizenDetails citizen(ReadMail mail) {
		String address = java.util.Objects.requireNonNull(mail.fromAddress());
		String name = mail.fromName();
		if (name == null || name.contains("@")) {
			name = address.substring(0, address.indexOf('@')).replaceAll("[._\\-+]+", " ").strip();
		}
		String[] words = name.replaceAll("[\"']", "").strip().split("\\s+", 2);
		String first = capitalised(words[0]);
		String last = words.length > 1 ? capitalised(words[1]) : "(" + address + ")";
		return new CitizenDetails(null, cut(first, 100), cut(last, 100), null, null, null, cut(address, 254), null);
	}

	private static String capitalised(String word) {
		if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT))) {
			return word;
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String label(ReadMail mail) {
		return mail.kind() == MailKind.CERTIFIED ? "PEC" : "EMAIL";
	}

	static String firstLine(String text) {
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				return cut(line.strip(), 150);
			}
		}
		return "";
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	private static @Nullable String cutOrNull(@Nullable String text, int max) {
		return text == null ? null : cut(text, max);
	}

}
