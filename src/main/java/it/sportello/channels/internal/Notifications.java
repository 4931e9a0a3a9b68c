package it.sportello.channels.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import it.sportello.channels.internal.ChannelTickets.ChannelTicket;
import it.sportello.channels.internal.Outbox.Kind;
import it.sportello.channels.internal.Outbox.NewNotification;
import it.sportello.channels.portal.AccessCodes;
import it.sportello.channels.survey.Surveys;
import it.sportello.citizens.CitizenView;
import it.sportello.citizens.Citizens;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.shared.PublicUrl;
import it.sportello.ticketing.MessageDirection;
import it.sportello.ticketing.TicketWaitingForCitizen;
import it.sportello.ticketing.TicketClosed;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketEvent;
import it.sportello.ticketing.TicketMessage;
import it.sportello.ticketing.TicketNumber;
import it.sportello.ticketing.TicketOpened;
import it.sportello.ticketing.TicketReopened;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Turns ticket events into notifications to the citizen, written to the {@link Outbox} and sent later: the
 * acknowledgement of a request that came by a channel with an address, the department's question, the answer on
 * closing. Also keeps the channels' view of each ticket (contacts, closed or not) and first level's inbox.
 */
@Service
class Notifications {

	/** The channels whose requests are acknowledged and answered in writing. */
	static final Set<Channel> WRITTEN = EnumSet.of(Channel.EMAIL, Channel.WEB, Channel.SMS, Channel.LETTER,
			Channel.FAX);

	/**
	 * The channels whose tickets this listener puts in first level's inbox: the portal's. The mail and SMS intakes put
	 * theirs there themselves, with the message's subject; both doing it could list a ticket twice, as the intake
	 * and this listener may add it at the same moment.
	 */
	static final Set<Channel> INBOX = EnumSet.of(Channel.WEB);

	static final StaffMember ACTOR = new StaffMember("canale.notifiche", "Canale notifiche", Role.BACK_OFFICE, null,
			null);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

	private final Citizens citizens;

	private final TicketDesk desk;

	private final ChannelTickets tickets;

	private final Outbox outbox;

	private final Inbox inbox;

	private final NotificationTemplates templates;

	private final ChannelsProperties properties;

	private final PublicUrl publicUrl;

	private final String mailFrom;

	private final Clock clock;

	private final AccessCodes accessCodes;

	private final Surveys surveys;

	Notifications(Citizens citizens, TicketDesk desk, ChannelTickets tickets, Outbox outbox, Inbox inbox,
			NotificationTemplates templates, ChannelsProperties properties, PublicUrl publicUrl,
			org.springframework.core.env.Environment environment, Clock clock, AccessCodes accessCodes,
			Surveys surveys) {
		this.accessCodes = accessCodes;
		this.surveys = surveys;
		this.citizens = citizens;
		this.desk = desk;
		this.tickets = tickets;
		this.outbox = outbox;
		this.inbox = inbox;
		this.templates = templates;
		this.properties = properties;
		this.publicUrl = publicUrl;
		this.mailFrom = environment.getProperty("sportello.mail.from", "sportello@localhost");
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TicketOpened opened) {
		ChannelTicket ticket = remember(opened.number(), opened.channel(), opened.citizenId(), opened.at());
		if (INBOX.contains(opened.channel())) {
			inbox.add(opened.number(), opened.channel().name(), Inbox.Reason.NEW, firstSubject(opened.number()),
					opened.at());
		}
		if (WRITTEN.contains(opened.channel()) && !ticket.closed()) {
			notify(ticket, Kind.ACKNOWLEDGEMENT, null, null, "ACK:" + opened.number());
		}
	}

	@ApplicationModuleListener
	void on(TicketWaitingForCitizen waiting) {
		if (waiting.question() == null) {
			return;
		}
		known(waiting).ifPresent(ticket -> notify(ticket, Kind.QUESTION, waiting.question(), null,
				"QUESTION:" + waiting.number() + ":" + waiting.at().toEpochMilli()));
	}

	/**
	 * A ticket closed with an answer gets its satisfaction survey (S-Q3), whatever its channel; one that came in writing
	 * also gets the answer, with the survey's link, in the same transaction as the invitation.
	 */
	@ApplicationModuleListener
	void on(TicketClosed closed) {
		Optional<String> survey = surveys.invite(closed).map(path -> publicUrl.resolve(path).toString());
		Optional<ChannelTicket> ticket = known(closed);
		tickets.setClosed(closed.number(), true);
		inbox.handled(closed.number(), closed.at());
		if (closed.forwardedTo() != null || !WRITTEN.contains(closed.channel()) || ticket.isEmpty()) {
			return;
		}
		desk.closedAnswer(new TicketNumber(closed.number()))
			.ifPresent(answer -> notify(ticket.get(), Kind.ANSWER, answer.answer(), survey.orElse(null),
					"ANSWER:" + closed.number() + ":" + closed.at().toEpochMilli()));
	}

	@ApplicationModuleListener
	void on(TicketReopened reopened) {
		known(reopened);
		tickets.setClosed(reopened.number(), false);
		inbox.handled(reopened.number(), reopened.at());
	}

	/**
	 * The channels' row of the event's ticket, written now if the listener of its opening has not run yet (listeners
	 * run in no set order): the contacts come from the citizen's record, read through the citizens' module.
	 */
	private Optional<ChannelTicket> known(TicketEvent event) {
		Optional<ChannelTicket> known = tickets.find(event.number());
		if (known.isPresent()) {
			return known;
		}
		return desk.citizenId(new TicketNumber(event.number()))
			.map(citizenId -> remember(event.number(), event.channel(), citizenId, event.at()));
	}

	private ChannelTicket remember(String number, Channel channel, long citizenId, Instant at) {
		Optional<CitizenView> citizen = citizens.find(citizenId, ACTOR);
		tickets.record(new ChannelTicket(number, channel, citizenId, citizen.map(CitizenView::email).orElse(null),
				citizen.map(CitizenView::phone).orElse(null), citizen.map(CitizenView::preferredChannel).orElse(null),
				false, null, at));
		return tickets.find(number).orElseThrow();
	}

	/** First level acted on the ticket (escalated it, say): it leaves the inbox. */
	@ApplicationModuleListener
	void on(TicketEvent event) {
		if (!(event instanceof TicketOpened) && !(event instanceof TicketClosed)
				&& !(event instanceof TicketReopened) && !(event instanceof TicketWaitingForCitizen)) {
			inbox.handled(event.number(), event.at());
		}
	}

	/**
	 * Writes the notification for the channel the citizen can be reached by: SMS for who prefers it and has a mobile
	 * number, else e-mail (unless the address bounced), else SMS for a ticket that came by SMS; none otherwise.
	 * {@code survey} is the satisfaction survey's address, for the answer.
	 */
	private void notify(ChannelTicket ticket, Kind kind, @Nullable String text, @Nullable String survey,
			String dedupeKey) {
		Channel channel = channelFor(ticket);
		if (channel == null) {
			return;
		}
		String link = publicUrl.resolve("/traccia").toString();
		// The acknowledgement carries an access code of its own to follow the request with (S-TT12).
		String code = kind == Kind.ACKNOWLEDGEMENT ? accessCodes.issue(new TicketNumber(ticket.number())) : null;
		Instant now = clock.instant();
		String recipient;
		String subject;
		String body;
		String messageId = "sportello." + ticket.number() + "." + STAMP.format(now) + "."
				+ ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE) + "@" + domain();
		if (channel == Channel.SMS) {
			recipient = java.util.Objects.requireNonNull(ticket.phone());
			subject = null;
			body = sms(kind, ticket.number(), link, code, text, survey);
		}
		else {
			recipient = java.util.Objects.requireNonNull(ticket.email());
			NotificationTemplates.Rendered rendered = templates.render(kind, properties.notifications().languages(),
					new NotificationTemplates.Values(ticket.number(), link, code, text, survey));
			subject = rendered.subject();
			body = rendered.body();
		}
		outbox.enqueue(new NewNotification(ticket.number(), kind, channel, recipient, subject, body, messageId,
				dedupeKey), now);
	}

	private static @Nullable Channel channelFor(ChannelTicket ticket) {
		boolean hasPhone = ticket.phone() != null;
		boolean hasEmail = ticket.email() != null && ticket.emailFailing() == null;
		if (ticket.preferredChannel() == Channel.SMS && hasPhone) {
			return Channel.SMS;
		}
		if (hasEmail) {
			return Channel.EMAIL;
		}
		if (ticket.channel() == Channel.SMS && hasPhone) {
			return Channel.SMS;
		}
		return null;
	}

	/** An SMS says only what fits: the number and the link, or that the answer is ready (and the survey's link). */
	private static String sms(Kind kind, String number, String link, @Nullable String code, @Nullable String text,
			@Nullable String survey) {
		return switch (kind) {
			case ACKNOWLEDGEMENT -> "Sportello: richiesta ricevuta, numero " + number + ", codice " + code + ". Stato: "
					+ link;
			case QUESTION -> "Sportello " + number + ": ci servono altre informazioni. "
					+ (text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text)
					+ " Risponda a questo numero.";
			case ANSWER -> "Sportello " + number + ": la risposta alla sua richiesta è pronta. " + link
					+ (survey == null ? "" : " Com'è andata? " + survey);
		};
	}

	private @Nullable String firstSubject(String number) {
		return desk.messages(new TicketNumber(number))
			.stream()
			.filter(m -> m.direction() == MessageDirection.IN)
			.map(TicketMessage::subject)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private String domain() {
		int at = mailFrom.lastIndexOf('@');
		return at < 0 ? "localhost" : mailFrom.substring(at + 1);
	}

}
