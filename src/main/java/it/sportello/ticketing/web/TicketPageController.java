package it.sportello.ticketing.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import it.sportello.identity.CurrentStaff;
import it.sportello.identity.StaffMember;
import it.sportello.organization.Departments;
import it.sportello.citizens.ContactDetails;
import it.sportello.shared.Channel;
import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketState;
import it.sportello.ticketing.internal.CategoryCatalog;
import it.sportello.ticketing.internal.Contact;
import it.sportello.ticketing.internal.ContactOutcome;
import it.sportello.ticketing.internal.ContactPurpose;
import it.sportello.ticketing.internal.TicketDetails;
import it.sportello.ticketing.internal.TicketManagement;
import it.sportello.ticketing.internal.TicketQueries;
import it.sportello.ticketing.internal.TicketSearch;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket pages: search, detail with timeline, and one form per action the viewer may take. Each
 * action posts the version the operator saw, so a concurrent change is reported, not overwritten.
 */
@Controller
class TicketPageController {

	private final TicketQueries queries;

	private final TicketManagement management;

	private final CategoryCatalog categories;

	private final Departments departments;

	private final CurrentStaff currentStaff;

	private final MessageSource messages;

	TicketPageController(TicketQueries queries, TicketManagement management, CategoryCatalog categories,
			Departments departments, CurrentStaff currentStaff, MessageSource messages) {
		this.queries = queries;
		this.management = management;
		this.categories = categories;
		this.departments = departments;
		this.currentStaff = currentStaff;
		this.messages = messages;
	}

	@GetMapping("/tickets")
	String search(@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String citizen,
			@RequestParam(required = false) @Nullable Long citizenId,
			@RequestParam(required = false) @Nullable TicketState state,
			@RequestParam(required = false) @Nullable Level level,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate openedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate openedTo,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable Boolean commonInterest, @RequestParam(defaultValue = "0") int page,
			Model model) {
		StaffMember by = currentStaff.get();
		TicketSearch search = new TicketSearch(blank(number), blank(citizen), citizenId, state, level, blank(department),
				blank(category), openedFrom, openedTo, overdue, null, commonInterest);
		model.addAttribute("search", search);
		PageRequest request = PageRequest.of(Math.max(page, 0), 25);
		try {
			model.addAttribute("results", queries.search(search, request, by));
		}
		catch (InvalidInputException ex) {
			// A citizen text naming too many people, say: said above the form, which keeps what was typed.
			model.addAttribute("error", messages.getMessage(ex.code(), ex.args(), ex.code(),
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			model.addAttribute("results", Page.empty(request));
		}
		addReferenceData(model);
		return "ticketing/search";
	}

	@GetMapping("/tickets/{number}")
	String detail(@PathVariable String number, Model model) {
		StaffMember by = currentStaff.get();
		TicketDetails ticket = queries.get(number, by);
		model.addAttribute("ticket", ticket);
		model.addAttribute("can", ticket.allowedActions().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("earlier", queries.ofCitizen(ticket.citizen().id(), by)
			.stream()
			.filter(t -> !t.number().equals(ticket.number()))
			.toList());
		model.addAttribute("historyLimit", TicketQueries.CITIZEN_HISTORY - 1);
		addReferenceData(model);
		model.addAttribute("correctsContacts", ContactDetails.mayBeCorrectedBy(by));
		model.addAttribute("contactPurposes", ContactPurpose.values());
		model.addAttribute("contactOutcomes", ContactOutcome.values());
		return "ticketing/detail";
	}

	@PostMapping("/tickets/{number}/closure")
	String close(@PathVariable String number, @RequestParam long version, @RequestParam String resolution,
			@RequestParam(defaultValue = "false") boolean commonInterest, RedirectAttributes redirect) {
		return act(number, redirect, () -> management.close(number, version, resolution, commonInterest, by()));
	}

	@PostMapping("/tickets/{number}/escalation")
	String escalate(@PathVariable String number, @RequestParam long version, @RequestParam Level target,
			@RequestParam(required = false) @Nullable String departmentCode, @RequestParam String note,
			RedirectAttributes redirect) {
		return act(number, redirect, () -> switch (target) {
			case DEPARTMENT -> management.escalateToDepartment(number, version, blank(departmentCode), note, by());
			default -> management.escalateToBackOffice(number, version, note, by());
		});
	}

	@PostMapping("/tickets/{number}/assignment")
	String assign(@PathVariable String number, @RequestParam long version, @RequestParam String departmentCode,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(number, redirect, () -> management.assign(number, version, departmentCode, note, by()));
	}

	@PostMapping("/tickets/{number}/reminders")
	String remind(@PathVariable String number, @RequestParam long version,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(number, redirect, () -> management.remind(number, version, note, by()));
	}

	@PostMapping("/tickets/{number}/relay")
	String relay(@PathVariable String number, @RequestParam long version, @RequestParam String answer,
			RedirectAttributes redirect) {
		return act(number, redirect, () -> management.relayAnswer(number, version, answer, by()));
	}

	@PostMapping("/tickets/{number}/return")
	String giveBack(@PathVariable String number, @RequestParam long version, @RequestParam String reason,
			RedirectAttributes redirect) {
		// Returned, the ticket is no longer the department's: its page would answer 404, so back to the queue.
		return act(number, redirect, () -> management.returnToBackOffice(number, version, reason, by()),
				"/queues/department");
	}

	@PostMapping("/tickets/{number}/contacts")
	String contact(@PathVariable String number, @RequestParam long version, @RequestParam Channel channel,
			@RequestParam ContactPurpose purpose, @RequestParam ContactOutcome outcome,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(number, redirect,
				() -> management.recordContact(number, version, new Contact(channel, purpose, outcome), note, by()));
	}

	@PostMapping("/tickets/{number}/waiting")
	String waitForCitizen(@PathVariable String number, @RequestParam long version,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(number, redirect, () -> management.waitForCitizen(number, version, note, by()));
	}

	@PostMapping("/tickets/{number}/resumption")
	String resume(@PathVariable String number, @RequestParam long version,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(number, redirect, () -> management.resume(number, version, note, by()));
	}

	@PostMapping("/tickets/{number}/forwarding")
	String forward(@PathVariable String number, @RequestParam long version, @RequestParam String destination,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(number, redirect, () -> management.forward(number, version, destination, note, by()));
	}

	@PostMapping("/tickets/{number}/clarifications")
	String askClarification(@PathVariable String number, @RequestParam long version, @RequestParam String question,
			RedirectAttributes redirect) {
		return act(number, redirect, () -> management.requestClarification(number, version, question, by()));
	}

	@PostMapping("/tickets/{number}/clarifications/answer")
	String answerClarification(@PathVariable String number, @RequestParam long version, @RequestParam String answer,
			RedirectAttributes redirect) {
		return act(number, redirect, () -> management.answerClarification(number, version, answer, by()));
	}

	@PostMapping("/tickets/{number}/common-interest")
	String flagCommonInterest(@PathVariable String number, @RequestParam long version, RedirectAttributes redirect) {
		return act(number, redirect, () -> management.flagCommonInterest(number, version, by()));
	}

	@PostMapping("/tickets/{number}/reopening")
	String reopen(@PathVariable String number, @RequestParam long version, @RequestParam String reason,
			RedirectAttributes redirect) {
		return act(number, redirect, () -> management.reopen(number, version, reason, by()));
	}

	/**
	 * S-TT2, asked every 10 s by the operator's ticket page while the caller holds: the same waiting status, or, once
	 * the back office has answered, a full reload of the page (htmx's {@code HX-Refresh}), so that the answer shows
	 * and the forms carry the ticket's new version.
	 */
	@GetMapping("/tickets/{number}/clarification")
	String clarificationStatus(@PathVariable String number, Model model, HttpServletResponse response) {
		if (!queries.awaitsClarification(number, currentStaff.get())) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("number", number);
		return "ticketing/detail :: clarificationWaiting";
	}

	@PostMapping("/tickets/{number}/citizen-contacts")
	String correctCitizenContacts(@PathVariable String number, @RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable Channel preferredChannel, RedirectAttributes redirect) {
		return act(number, redirect,
				() -> management.correctCitizenContacts(number, new ContactDetails(phone, email, preferredChannel), by()));
	}

	@PostMapping("/tickets/{number}/notes")
	String note(@PathVariable String number, @RequestParam long version, @RequestParam String note,
			RedirectAttributes redirect) {
		return act(number, redirect, () -> management.addNote(number, version, note, by()));
	}

	/**
	 * Runs an action and comes back to the ticket, with a success message or the reason it was refused
	 * (a refused action changes nothing: the use case is one transaction).
	 */
	private String act(String number, RedirectAttributes redirect, Supplier<TicketDetails> action) {
		return act(number, redirect, action, "/tickets/" + number);
	}

	/** The same, going to {@code afterSuccess} when the action is done (back to the ticket when refused). */
	private String act(String number, RedirectAttributes redirect, Supplier<TicketDetails> action, String afterSuccess) {
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		try {
			action.get();
			redirect.addFlashAttribute("success", messages.getMessage("ticket.page.done", null, locale));
			return "redirect:" + afterSuccess;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", messages.getMessage("ticket.page.field-error",
					new Object[] { messages.getMessage(ex.code(), ex.args(), locale) }, locale));
		}
		catch (DomainException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.getMessage(ex.code(), ex.args(), ex.code(), locale));
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", messages.getMessage("ticket.changed", new Object[] { number }, locale));
		}
		return "redirect:/tickets/" + number;
	}

	private void addReferenceData(Model model) {
		model.addAttribute("categories", categories.all());
		model.addAttribute("departments", departments.all());
		model.addAttribute("states", TicketState.values());
		model.addAttribute("levels", Level.values());
		model.addAttribute("channels", Channel.values());
	}

	private StaffMember by() {
		return currentStaff.get();
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
