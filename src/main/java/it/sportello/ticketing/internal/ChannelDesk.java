package it.sportello.ticketing.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import it.sportello.shared.attachments.AttachmentId;
import it.sportello.shared.attachments.Attachments;
import it.sportello.ticketing.CategoryOption;
import it.sportello.ticketing.ChannelRequest;
import it.sportello.ticketing.ClosedAnswer;
import it.sportello.ticketing.IncomingMessage;
import it.sportello.ticketing.MessageDirection;
import it.sportello.ticketing.OpenTicket;
import it.sportello.ticketing.OpenedTicket;
import it.sportello.ticketing.OutgoingMessage;
import it.sportello.ticketing.RecordedMessage;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketMessage;
import it.sportello.ticketing.TicketNumber;
import it.sportello.ticketing.TicketState;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The channels' and the knowledge base's way into ticketing ({@link TicketDesk}). Each write is one transaction; a
 * message delivered again (same channel and external identifier) finds what the first delivery stored, also when the
 * two deliveries run at the same moment (the unique key decides, the loser reads the winner's).
 */
@Service
class ChannelDesk implements TicketDesk {

	/** The longest text of a message kept (a long e-mail; its attachments are apart). */
	static final int MAX_BODY = 100_000;

	private final TicketManagement management;

	private final TicketMessages messages;

	private final TicketRepository tickets;

	private final Attachments attachments;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final TicketReplay replay;

	private final ServiceLevel serviceLevel;

	private final CategoryCatalog categories;

	ChannelDesk(TicketManagement management, TicketMessages messages, TicketRepository tickets, Attachments attachments,
			PlatformTransactionManager transactionManager, Clock clock, TicketReplay replay, ServiceLevel serviceLevel,
			CategoryCatalog categories) {
		this.replay = replay;
		this.serviceLevel = serviceLevel;
		this.categories = categories;
		this.management = management;
		this.messages = messages;
		this.tickets = tickets;
		this.attachments = attachments;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** The actor a channel acts as: it may open tickets as the back office does for letters and e-mails. */
	static StaffMember actor(Channel channel) {
		String name = channel.name().toLowerCase(java.util.Locale.ROOT);
		return new StaffMember("canale." + name, "Canale " + name, Role.BACK_OFFICE, null, null);
	}

	@Override
	public OpenedTicket open(ChannelRequest request) {
		IncomingMessage message = request.message();
		requireMessage(message.body(), message.attachments());
		requireHeaders(message.from(), message.to(), message.subject(), message.externalId());
		Optional<OpenedTicket> known = alreadyOpened(message);
		if (known.isPresent()) {
			return known.get();
		}
		management.prepareNumbering();
		StaffMember by = actor(message.channel());
		OpenTicket command = new OpenTicket(message.channel(), request.categoryCode(), request.subject(),
				request.description(), null, request.citizen());
		for (int attempt = 1;; attempt++) {
			try {
				return Objects.requireNonNull(transaction.execute(status -> {
					Ticket ticket = management.openInTransaction(command, by).ticket();
					// The ticket's insert waits for the commit (block ids): written now, so that its message can refer to it.
					tickets.flush();
					messages.insert(incoming(ticket.id(), message, by));
					return new OpenedTicket(ticket.number(), ticket.citizenId(), true);
				}));
			}
			catch (DataIntegrityViolationException conflict) {
				// The same message delivered at the same moment (it won), or the same citizen registered meanwhile.
				known = alreadyOpened(message);
				if (known.isPresent()) {
					return known.get();
				}
				if (attempt == 2) {
					throw conflict;
				}
			}
		}
	}

	@Override
	public RecordedMessage appendIncoming(TicketNumber number, IncomingMessage message) {
		requireMessage(message.body(), message.attachments());
		requireHeaders(message.from(), message.to(), message.subject(), message.externalId());
		StaffMember by = actor(message.channel());
		return record(number, message.channel(), message.externalId(), ticket -> {
			// The citizen answered the department's question: the ticket resumes (S-TT10) with the reply.
			if (ticket.state() == TicketState.WAITING_FOR_CITIZEN) {
				ticket.resumeOnCitizenReply(serviceLevel.calendar(), by, management.now());
				management.store(ticket);
			}
			return incoming(ticket.id(), message, by);
		});
	}

	@Override
	public RecordedMessage recordOutgoing(TicketNumber number, OutgoingMessage message) {
		requireMessage(message.body(), message.attachments());
		requireHeaders(message.from(), message.to(), message.subject(), message.externalId());
		StaffMember by = actor(message.channel());
		return record(number, message.channel(), message.externalId(),
				ticket -> new TicketMessages.NewMessage(ticket.id(), MessageDirection.OUT, message.channel(),
						message.from(), message.to(), message.subject(), message.body(), message.sentAt(),
						message.externalId(), message.attachments(), by.username(), clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> citizenId(TicketNumber number) {
		return tickets.findByNumber(number.value()).map(Ticket::citizenId);
	}

	@Override
	public List<TicketMessage> messages(TicketNumber number) {
		return messages.ofTicket(number.value());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ClosedAnswer> closedAnswer(TicketNumber number) {
		return tickets.findByNumber(number.value())
			.filter(t -> t.state() == TicketState.CLOSED && t.forwardedTo() == null && t.resolution() != null
					&& t.resolvedAtLevel() != null)
			.map(t -> new ClosedAnswer(t.number().value(), t.categoryCode(), t.channel(), t.subject(), t.description(),
					Objects.requireNonNull(t.resolution()), Objects.requireNonNull(t.resolvedAtLevel()),
					t.departmentCode(), Objects.requireNonNull(t.closedAt()), t.commonInterest(), t.quotedItems()));
	}

	@Override
	public List<it.sportello.ticketing.TicketEvent> pastEvents(@Nullable String afterNumber, int limit) {
		return replay.pastEvents(afterNumber, limit);
	}

	private RecordedMessage record(TicketNumber number, Channel channel, @Nullable String externalId,
			java.util.function.Function<Ticket, TicketMessages.NewMessage> message) {
		Optional<RecordedMessage> known = alreadyRecorded(channel, externalId);
		if (known.isPresent()) {
			return known.get();
		}
		try {
			return Objects.requireNonNull(transaction.execute(status -> {
				Ticket ticket = tickets.findByNumber(number.value())
					.orElseThrow(() -> new NotFoundException("ticket.not-found", number.value()));
				return new RecordedMessage(messages.insert(message.apply(ticket)), number, true);
			}));
		}
		catch (DataIntegrityViolationException conflict) {
			return alreadyRecorded(channel, externalId).orElseThrow(() -> conflict);
		}
	}

	private Optional<OpenedTicket> alreadyOpened(IncomingMessage message) {
		return messages.findByExternalId(message.channel(), message.externalId())
			.map(known -> new OpenedTicket(new TicketNumber(known.ticketNumber()), known.citizenId(), false));
	}

	private Optional<RecordedMessage> alreadyRecorded(Channel channel, @Nullable String externalId) {
		return messages.findByExternalId(channel, externalId)
			.map(known -> new RecordedMessage(known.id(), new TicketNumber(known.ticketNumber()), false));
	}

	private TicketMessages.NewMessage incoming(long ticketId, IncomingMessage message, StaffMember by) {
		return new TicketMessages.NewMessage(ticketId, MessageDirection.IN, message.channel(), message.from(),
				message.to(), message.subject(), message.body(), message.receivedAt(), message.externalId(),
				message.attachments(), by.username(), clock.instant());
	}

	/** Addresses, subject and identifier fit their columns: refused by name here, not by the database. */
	private static void requireHeaders(@Nullable String from, @Nullable String to, @Nullable String subject,
			@Nullable String externalId) {
		requireLength("from", from, 320);
		requireLength("to", to, 320);
		requireLength("subject", subject, 1000);
		requireLength("externalId", externalId, 1000);
	}

	private static void requireLength(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidInputException(field, "ticket.text-too-long", max);
		}
	}

	/** A message says something: text or files; its files are in the store; its text fits. */
	private void requireMessage(String body, List<AttachmentId> files) {
		if (body.isBlank() && files.isEmpty()) {
			throw new InvalidInputException("body", "ticket.message-empty");
		}
		if (body.length() > MAX_BODY) {
			throw new InvalidInputException("body", "ticket.text-too-long", MAX_BODY);
		}
		for (AttachmentId file : files) {
			if (attachments.describe(file).isEmpty()) {
				throw new InvalidInputException("attachments", "ticket.attachment-unknown", file.toString());
			}
		}
	}

	@Override
	public List<CategoryOption> activeCategories() {
		return categories.active()
			.stream()
			.map(category -> new CategoryOption(category.code(), category.label(),
					category.labelEn()))
			.toList();
	}

}
