package it.sportello.channels.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import it.sportello.channels.internal.Outbox.Notification;
import it.sportello.channels.sms.SmsGateway;
import it.sportello.channels.sms.SmsSendException;
import it.sportello.shared.Channel;
import it.sportello.ticketing.OutgoingMessage;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketNumber;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the notifications due ({@link Outbox}), by e-mail (Spring Boot's {@code spring.mail.*}) or SMS
 * ({@link SmsGateway}), on one node at a time. A sent notification is recorded on its ticket as an outgoing message
 * (its Message-ID the key, so that replies and bounces find the ticket); a failed one is tried again after the waits
 * of {@code sportello.channels.notifications.retry-after}, then given up and shown as failed on the ticket. The ticket
 * itself never depends on a send.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** How long a sender holds a notification it took: longer than the slowest send (SMTP and HTTP time out sooner). */
	private static final Duration LEASE = Duration.ofMinutes(5);

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final SmsGateway sms;

	private final TicketDesk desk;

	private final ChannelsProperties properties;

	private final ChannelTickets tickets;

	private final String from;

	private final Clock clock;

	OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, SmsGateway sms, TicketDesk desk,
			ChannelsProperties properties, ChannelTickets tickets, Environment environment, Clock clock) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.sms = sms;
		this.desk = desk;
		this.properties = properties;
		this.tickets = tickets;
		this.from = environment.getProperty("sportello.mail.from", "sportello@localhost");
		this.clock = clock;
	}

	/** What a run did. */
	public record SendReport(int sent, int failed) {
	}

	@Scheduled(fixedDelayString = "${sportello.channels.notifications.send-every:PT30S}", initialDelayString = "PT15S")
	@SchedulerLock(name = "notification-send")
	public SendReport sendDue() {
		int sent = 0;
		int failed = 0;
		List<Notification> due = outbox.due(clock.instant(), properties.notifications().batch());
		for (Notification notification : due) {
			if (!outbox.claim(notification.id(), clock.instant(), clock.instant().plus(LEASE))) {
				continue;
			}
			if (send(notification)) {
				sent++;
			}
			else {
				failed++;
			}
		}
		if (sent + failed > 0) {
			log.info("Notifications: {} sent, {} failed", sent, failed);
		}
		return new SendReport(sent, failed);
	}

	private boolean send(Notification notification) {
		Instant now = clock.instant();
		try {
			if (notification.channel() == Channel.SMS) {
				sms.send(notification.recipient(), notification.body());
			}
			else {
				sendMail(notification);
			}
		}
		catch (MailException | MessagingException | SmsSendException | NoMailServerException ex) {
			String reason = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			Instant next = nextAttempt(notification.attempts() + 1, now);
			outbox.attemptFailed(notification.id(), reason, next);
			// The reason of a mail server may quote the address: the outbox keeps it, the log names the ticket only.
			log.warn("Notification {} of ticket {} not sent ({}): {}", notification.id(), notification.ticketNumber(),
					ex.getClass().getSimpleName(), next == null ? "given up" : "trying again at " + next);
			return false;
		}
		outbox.sent(notification.id(), now);
		desk.recordOutgoing(new TicketNumber(notification.ticketNumber()),
				new OutgoingMessage(notification.channel(), notification.channel() == Channel.EMAIL ? from : null,
						notification.recipient(), notification.subject(), notification.body(), now,
						notification.messageId(), List.of()));
		return true;
	}

	private void sendMail(Notification notification) throws MessagingException {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			throw new NoMailServerException();
		}
		boolean failing = tickets.find(notification.ticketNumber()).map(t -> t.emailFailing() != null).orElse(false);
		if (failing) {
			throw new MessagingException("the citizen's address bounced earlier: not sent again");
		}
		MimeMessage template = sender.createMimeMessage();
		MimeMessage message = new FixedIdMessage(template.getSession(), notification.messageId());
		message.setFrom(new InternetAddress(from));
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(notification.recipient(), true));
		message.setSubject(notification.subject() == null ? "Sportello" : notification.subject(), "UTF-8");
		message.setText(notification.body(), "UTF-8");
		// Marks the message as automatic, so that well-behaved auto-responders do not answer it (no loops).
		message.setHeader("Auto-Submitted", "auto-generated");
		sender.send(message);
	}

	private @Nullable Instant nextAttempt(int attemptsMade, Instant now) {
		List<Duration> waits = properties.notifications().retryAfter();
		return attemptsMade > waits.size() ? null : now.plus(waits.get(attemptsMade - 1));
	}

	/** A message whose Message-ID is ours, so that replies and bounces name the ticket. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String id;

		FixedIdMessage(@Nullable Session session, String id) {
			super(session);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", "<" + id + ">");
		}

	}

	private static final class NoMailServerException extends RuntimeException {

		NoMailServerException() {
			super("no mail server configured (spring.mail.host)");
		}

	}

}
