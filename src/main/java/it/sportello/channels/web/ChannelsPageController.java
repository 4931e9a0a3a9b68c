package it.sportello.channels.web;

import java.util.List;

import it.sportello.channels.internal.ChannelTickets;
import it.sportello.channels.internal.Inbox;
import it.sportello.channels.internal.NotificationTemplates;
import it.sportello.channels.internal.Outbox;
import it.sportello.identity.StaffMember;
import it.sportello.shared.InvalidInputException;
import it.sportello.ticketing.TicketNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * First level's inbox of written requests, the manager's notification templates with their preview, and the ticket
 * page's panel of the notifications sent to the citizen.
 */
@Controller
class ChannelsPageController {

	private final Inbox inbox;

	private final NotificationTemplates templates;

	private final Outbox outbox;

	private final ChannelTickets tickets;

	ChannelsPageController(Inbox inbox, NotificationTemplates templates, Outbox outbox, ChannelTickets tickets) {
		this.inbox = inbox;
		this.templates = templates;
		this.outbox = outbox;
		this.tickets = tickets;
	}

	/**
	 * The ticket page's panel of the notifications to the citizen (loaded by htmx): each one's kind, channel, state,
	 * attempts and last error, and a warning when the citizen's address bounced. Empty for a ticket without any.
	 */
	@GetMapping("/tickets/{number}/notifiche")
	@PreAuthorize("hasAnyRole('FIRST_LEVEL','BACK_OFFICE','MANAGER')")
	String ticketNotifications(@PathVariable String number, Model model) {
		TicketNumber ticket = new TicketNumber(number);
		model.addAttribute("notifications", outbox.ofTicket(ticket.value()));
		model.addAttribute("emailFailing",
				tickets.find(ticket.value()).map(ChannelTickets.ChannelTicket::emailFailing).orElse(null));
		return "channels/ticket-notifications :: panel";
	}

	@GetMapping("/inbox")
	@PreAuthorize("hasAnyRole('FIRST_LEVEL','MANAGER')")
	String inbox(Model model) {
		model.addAttribute("entries", inbox.waiting(200));
		return "channels/inbox";
	}

	/** One template as the page edits it: the stored text, or what the manager typed, with its preview or error. */
	record TemplateForm(Outbox.Kind kind, String language, String subject, String body, boolean custom,
			NotificationTemplates.@Nullable Rendered preview, @Nullable String errorField, @Nullable String errorCode,
			Object @Nullable [] errorArgs) {

		public String id() {
			return kind.name() + "-" + language;
		}

	}

	@GetMapping("/notifications/templates")
	@PreAuthorize("hasRole('MANAGER')")
	String templates(Model model) {
		return render(model, null);
	}

	@PostMapping("/notifications/templates")
	@PreAuthorize("hasRole('MANAGER')")
	String saveOrPreview(@RequestParam String kind, @RequestParam String language,
			@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "save") String action, StaffMember by, Model model,
			RedirectAttributes redirect) {
		Outbox.Kind parsed = ChannelsApiController.kind(kind);
		try {
			if ("preview".equals(action)) {
				NotificationTemplates.Rendered preview = TemplatePreview.render(templates, subject, body);
				return render(model, new TemplateForm(parsed, language, subject, body, false, preview, null, null, null));
			}
			templates.save(parsed, language, subject, body, by);
		}
		catch (InvalidInputException refused) {
			return render(model, new TemplateForm(parsed, language, subject, body, false, null, refused.field(),
					refused.code(), refused.args()));
		}
		redirect.addFlashAttribute("saved", parsed.name() + "-" + language);
		return "redirect:/notifications/templates#template-" + parsed.name() + "-" + language;
	}

	@PostMapping("/notifications/templates/reset")
	@PreAuthorize("hasRole('MANAGER')")
	String reset(@RequestParam String kind, @RequestParam String language, RedirectAttributes redirect) {
		Outbox.Kind parsed = ChannelsApiController.kind(kind);
		templates.reset(parsed, language);
		redirect.addFlashAttribute("saved", parsed.name() + "-" + language);
		return "redirect:/notifications/templates";
	}

	private String render(Model model, @Nullable TemplateForm edited) {
		List<TemplateForm> forms = templates.all()
			.stream()
			.map(t -> edited != null && edited.kind() == t.kind() && edited.language().equals(t.language()) ? edited
					: new TemplateForm(t.kind(), t.language(), t.subject(), t.body(), t.custom(), null, null, null,
							null))
			.toList();
		model.addAttribute("forms", forms);
		return "channels/templates";
	}

}
