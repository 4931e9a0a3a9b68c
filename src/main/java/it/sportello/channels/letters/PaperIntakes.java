package it.sportello.channels.letters;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.attachments.AttachmentId;
import it.sportello.shared.attachments.AttachmentView;
import it.sportello.shared.attachments.Attachments;
import it.sportello.ticketing.ChannelRequest;
import it.sportello.ticketing.IncomingMessage;
import it.sportello.ticketing.OpenedTicket;
import it.sportello.ticketing.TicketDesk;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An operator registers a paper letter, a fax or a counter visit: it becomes a ticket of that channel whose first
 * message is the request, received on the date the administration received it (which may be before today), with the
 * scans attached and the protocol number kept. The departments' deadline still counts from assignment (ticketing's
 * rule): the date of receipt is recorded and reported, it moves no deadline. A protocol number is registered once
 * per channel: registering it again finds the ticket it opened.
 */
@Service
public class PaperIntakes {

	private static final Set<Channel> PAPER = Set.of(Channel.LETTER, Channel.FAX, Channel.COUNTER);

	private static final Set<String> SCAN_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff");

	private static final ZoneId ROME = ZoneId.of("Europe/Rome");

	private final TicketDesk desk;

	private final Attachments attachments;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PaperIntakes(TicketDesk desk, Attachments attachments, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			Clock clock) {
		this.desk = desk;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** What a registration made: the ticket, and whether this call opened it (false for a protocol number again). */
	public record Registered(String number, boolean created) {
	}

	/** A registered letter as reports and the ticket's readers see it. */
	public record Registration(String number, Channel channel, LocalDate receivedOn, @Nullable String protocolNumber,
			String registeredBy, Instant registeredAt) {
	}

	public Registered register(PaperRequest request, StaffMember by) {
		if (!by.is(Role.FIRST_LEVEL, Role.BACK_OFFICE)) {
			throw new ForbiddenException("letters.forbidden");
		}
		Channel channel = request.channel();
		if (channel == null || !PAPER.contains(channel)) {
			throw new InvalidInputException("channel", "letters.channel.invalid");
		}
		LocalDate today = LocalDate.now(clock.withZone(ROME));
		LocalDate receivedOn = request.receivedOn();
		if (receivedOn == null) {
			throw new InvalidInputException("receivedOn", "letters.received-on.required");
		}
		if (receivedOn.isAfter(today)) {
			throw new InvalidInputException("receivedOn", "letters.received-on.future");
		}
		if (receivedOn.isBefore(today.minusYears(1))) {
			throw new InvalidInputException("receivedOn", "letters.received-on.too-old");
		}
		String protocol = request.protocolNumber() == null || request.protocolNumber().isBlank() ? null
				: request.protocolNumber().strip();
		if (protocol != null && protocol.length() > 50) {
			throw new InvalidInputException("protocolNumber", "letters.protocol.too-long");
		}
		if (request.subject() == null || request.subject().isBlank()) {
			throw new InvalidInputException("subject", "letters.subject.required");
		}
		if (request.scans().size() > 10) {
			throw new InvalidInputException("scans", "letters.scans.too-many", 10);
		}
		Registered registered = transaction.execute(tx -> open(request, channel, receivedOn, protocol, today, by));
		if (registered == null) {
			throw new IllegalStateException("the registration transaction returned nothing");
		}
		return registered;
	}

	private Registered open(PaperRequest request, Channel channel, LocalDate receivedOn, @Nullable String protocol,
			LocalDate today, StaffMember by) {
		List<AttachmentId> files = new ArrayList<>();
		for (PaperRequest.Scan scan : request.scans()) {
			AttachmentView stored = attachments.store(scan.name(), new ByteArrayInputStream(scan.content()));
			if (!SCAN_TYPES.contains(stored.mediaType())) {
				throw new InvalidInputException("scans", "letters.scan.type-not-allowed", stored.name());
			}
			files.add(stored.id());
		}
		Instant now = clock.instant();
		// Received today: now; earlier: the start of that day in Rome (the letter's stamp has no time).
		Instant receivedAt = receivedOn.equals(today) ? now : receivedOn.atStartOfDay(ROME).toInstant();
		String description = request.description() == null || request.description().isBlank() ? request.subject()
				: request.description().strip();
		String from = request.citizen().email() != null ? request.citizen().email()
				: protocol != null ? "protocollo " + protocol : channel.name().toLowerCase(java.util.Locale.ROOT);
		IncomingMessage message = new IncomingMessage(channel, from, null, request.subject().strip(), description,
				receivedAt, protocol == null ? null : "protocollo:" + protocol, files);
		OpenedTicket opened = desk.open(new ChannelRequest(request.categoryCode() == null ? "" : request.categoryCode(),
				request.subject().strip(), description, request.citizen(), message));
		if (opened.created()) {
			jdbc.update("""
					insert into paper_intake (ticket_number, channel, received_on, protocol_number, registered_by, registered_at)
					values (?, ?, ?, ?, ?, ?)""", opened.number().value(), channel.name(), Date.valueOf(receivedOn),
					protocol, by.username(), Timestamp.from(now));
		}
		return new Registered(opened.number().value(), opened.created());
	}

	/** The registration of a ticket opened from paper; empty for any other ticket. */
	public Optional<Registration> find(String ticketNumber) {
		return jdbc.query("select * from paper_intake where ticket_number = ?",
				(row, i) -> new Registration(row.getString("ticket_number"), Channel.valueOf(row.getString("channel")),
						row.getDate("received_on").toLocalDate(), row.getString("protocol_number"),
						row.getString("registered_by"), row.getTimestamp("registered_at").toInstant()),
				ticketNumber).stream().findFirst();
	}

}
