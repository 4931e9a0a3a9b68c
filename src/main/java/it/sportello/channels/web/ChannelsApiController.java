package it.sportello.channels.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.channels.internal.ChannelTickets;
import it.sportello.channels.internal.Inbox;
import it.sportello.channels.internal.NotificationTemplates;
import it.sportello.channels.internal.Outbox;
import it.sportello.channels.internal.RejectedMails;
import it.sportello.identity.StaffMember;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import it.sportello.ticketing.TicketNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The written channels' API: first level's inbox, a ticket's notifications and their state, the notification
 * templates (manager) with a preview, and the incoming messages that could not be read.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Channels", description = "E-mail, PEC and SMS: inbox of written requests, notifications to citizens")
class ChannelsApiController {

	private final Inbox inbox;

	private final Outbox outbox;

	private final ChannelTickets tickets;

	private final NotificationTemplates templates;

	private final RejectedMails rejected;

	ChannelsApiController(Inbox inbox, Outbox outbox, ChannelTickets tickets, NotificationTemplates templates,
			RejectedMails rejected) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.tickets = tickets;
		this.templates = templates;
		this.rejected = rejected;
	}

	record InboxEntry(String ticketNumber, String channel, Inbox.Reason reason, @Nullable String subject,
			Instant receivedAt) {
	}

	record NotificationView(Outbox.Kind kind, String channel, Outbox.Status status, int attempts,
			@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {
	}

	record TicketNotifications(String ticketNumber, boolean emailFailing, List<NotificationView> notifications) {
	}

	record TemplateView(Outbox.Kind kind, String language, String subject, String body, boolean custom) {

		static TemplateView of(NotificationTemplates.Template t) {
			return new TemplateView(t.kind(), t.language(), t.subject(), t.body(), t.custom());
		}

	}

	record TemplateRequest(@Nullable String subject, @Nullable String body) {
	}

	record Preview(String subject, String body) {
	}

	record RejectedView(long id, String mailbox, @Nullable String messageId, String reason,
			@Nullable String rawAttachmentId, Instant rejectedAt) {
	}

	@GetMapping("/inbox")
	@PreAuthorize("hasAnyRole('FIRST_LEVEL','MANAGER')")
	@Operation(summary = "First level's inbox: tickets that came by e-mail, PEC, web or SMS and replies to closed "
			+ "tickets, newest first")
	List<InboxEntry> inbox() {
		return inbox.waiting(200)
			.stream()
			.map(e -> new InboxEntry(e.ticketNumber(), e.channel(), e.reason(), e.subject(), e.receivedAt()))
			.toList();
	}

	@GetMapping("/tickets/{number}/notifications")
	@PreAuthorize("hasAnyRole('FIRST_LEVEL','BACK_OFFICE','MANAGER')")
	@Operation(summary = "The notifications sent (or being sent) to the ticket's citizen, with their state")
	TicketNotifications notifications(@PathVariable String number) {
		TicketNumber ticket = new TicketNumber(number);
		var known = tickets.find(ticket.value());
		List<NotificationView> sent = outbox.ofTicket(ticket.value())
			.stream()
			.map(n -> new NotificationView(n.kind(), n.channel().name(), n.status(), n.attempts(), n.lastError(),
					n.createdAt(), n.sentAt()))
			.toList();
		if (known.isEmpty() && sent.isEmpty()) {
			throw new NotFoundException("ticket.not-found", number);
		}
		return new TicketNotifications(ticket.value(), known.map(t -> t.emailFailing() != null).orElse(false), sent);
	}

	@GetMapping("/notification-templates")
	@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
	@Operation(summary = "The notification templates (acknowledgement, question, answer) in Italian and English")
	List<TemplateView> templates() {
		return templates.all().stream().map(TemplateView::of).toList();
	}

	@PutMapping("/notification-templates/{kind}/{language}")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Replace a template's subject and body; placeholders {number}, {link}, {code}, {text}, {survey}")
	TemplateView save(@PathVariable String kind, @PathVariable String language, @RequestBody TemplateRequest request,
			StaffMember by) {
		return TemplateView.of(templates.save(kind(kind), language, orEmpty(request.subject()), orEmpty(request.body()),
				by));
	}

	@DeleteMapping("/notification-templates/{kind}/{language}")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Go back to the built-in text of a template")
	TemplateView reset(@PathVariable String kind, @PathVariable String language) {
		return TemplateView.of(templates.reset(kind(kind), language));
	}

	@PostMapping("/notification-templates/preview")
	@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
	@Operation(summary = "A template's text as a citizen would read it, with example values")
	Preview preview(@RequestBody TemplateRequest request) {
		NotificationTemplates.Rendered rendered = TemplatePreview.render(templates, orEmpty(request.subject()),
				orEmpty(request.body()));
		return new Preview(rendered.subject(), rendered.body());
	}

	@GetMapping("/mail/rejected")
	@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
	@Operation(summary = "Incoming messages that could not be read and were set aside, most recent first")
	List<RejectedView> rejected() {
		return rejected.recent(200)
			.stream()
			.map(r -> new RejectedView(r.id(), r.mailbox(), r.messageId(), r.reason(),
					r.raw() == null ? null : r.raw().toString(), r.rejectedAt()))
			.toList();
	}

	static Outbox.Kind kind(String kind) {
		try {
			return Outbox.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "channels.template.unknown-kind", kind);
		}
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}
