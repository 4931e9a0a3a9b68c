package it.sportello.ticketing.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import it.sportello.identity.CurrentStaff;
import it.sportello.identity.StaffMember;
import it.sportello.organization.Departments;
import it.sportello.citizens.ContactDetails;
import it.sportello.shared.Channel;
import it.sportello.shared.InvalidInputException;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketState;
import it.sportello.ticketing.internal.CategoryCatalog;
import it.sportello.ticketing.internal.ContactOutcome;
import it.sportello.ticketing.internal.ContactPurpose;
import it.sportello.ticketing.internal.TicketDetails;
import it.sportello.ticketing.internal.TicketManagement;
import it.sportello.ticketing.internal.TicketQueries;
import it.sportello.ticketing.internal.PutCallThrough;
import it.sportello.ticketing.internal.TicketSearch;
import it.sportello.ticketing.web.TicketRequests.Assignment;
import it.sportello.ticketing.web.TicketRequests.ClarificationAnswer;
import it.sportello.ticketing.web.TicketRequests.ClarificationQuestion;
import it.sportello.ticketing.web.TicketRequests.Closure;
import it.sportello.ticketing.web.TicketRequests.ContactRecord;
import it.sportello.ticketing.web.TicketRequests.Escalation;
import it.sportello.ticketing.web.TicketRequests.Forwarding;
import it.sportello.ticketing.web.TicketRequests.Note;
import it.sportello.ticketing.web.TicketRequests.Relay;
import it.sportello.ticketing.web.TicketRequests.Reminder;
import it.sportello.ticketing.web.TicketRequests.Reopening;
import it.sportello.ticketing.web.TicketRequests.Return;
import it.sportello.ticketing.web.TicketRequests.Waiting;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

	private final PutCallThrough putCallThrough;

	private final TicketPageActions actions;

	TicketPageController(TicketQueries queries, TicketManagement management, CategoryCatalog categories,
			Departments departments, CurrentStaff currentStaff, MessageSource messages, PutCallThrough putCallThrough,
			TicketPageActions actions) {
		this.putCallThrough = putCallThrough;
		this.actions = actions;
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
	String close(@PathVariable String number, @RequestParam long version, @Valid Closure closure, BindingResult binding,
			HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "closure", binding, request, redirect,
				() -> management.close(number, version, closure.resolution(), closure.ofCommonInterest(),
						closure.quoted(), by()));
	}

	@PostMapping("/tickets/{number}/escalation")
	String escalate(@PathVariable String number, @RequestParam long version, @Valid Escalation escalation,
			BindingResult binding, HttpServletRequest request, RedirectAttributes redirect) {
		boolean toDepartment = escalation.target() == Level.DEPARTMENT;
		if (toDepartment && blank(escalation.departmentCode()) == null && !binding.hasFieldErrors("departmentCode")) {
			binding.rejectValue("departmentCode", "ticket.department-required");
		}
		return act(number, "escalation-" + escalation.target(), binding, request, redirect,
				() -> toDepartment
						? management.escalateToDepartment(number, version, escalation.departmentCode(), escalation.note(), by())
						: management.escalateToBackOffice(number, version, escalation.note(), by()));
	}

	@PostMapping("/tickets/{number}/assignment")
	String assign(@PathVariable String number, @RequestParam long version, @Valid Assignment assignment,
			BindingResult binding, HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "assignment", binding, request, redirect,
				() -> management.assign(number, version, assignment.departmentCode(), assignment.note(), by()));
	}

	@PostMapping("/tickets/{number}/reminders")
	String remind(@PathVariable String number, @RequestParam long version, @Valid Reminder reminder,
			BindingResult binding, HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "reminders", binding, request, redirect,
				() -> management.remind(number, version, reminder.note(), by()));
	}

	@PostMapping("/tickets/{number}/relay")
	String relay(@PathVariable String number, @RequestParam long version, @Valid Relay relay, BindingResult binding,
			HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "relay", binding, request, redirect,
				() -> management.relayAnswer(number, version, relay.answer(), by()));
	}

	@PostMapping("/tickets/{number}/return")
	String giveBack(@PathVariable String number, @RequestParam long version, @Valid Return giveBack,
			BindingResult binding, HttpServletRequest request, RedirectAttributes redirect) {
		// Returned, the ticket is no longer the department's: its page would answer 404, so back to the queue.
		return actions.run(number, "return", binding, request, redirect,
				() -> management.returnToBackOffice(number, version, giveBack.reason(), by()), "/queues/department");
	}

	@PostMapping("/tickets/{number}/contacts")
	String contact(@PathVariable String number, @RequestParam long version, @Valid ContactRecord contact,
			BindingResult binding, HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "contacts", binding, request, redirect,
				() -> management.recordContact(number, version, contact.toContact(), contact.note(), by()));
	}

	@PostMapping("/tickets/{number}/waiting")
	String waitForCitizen(@PathVariable String number, @RequestParam long version, @Valid Waiting waiting,
			BindingResult binding, HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "waiting", binding, request, redirect,
				() -> management.waitForCitizen(number, version, waiting.note(), by()));
	}

	@PostMapping("/tickets/{number}/resumption")
	String resume(@PathVariable String number, @RequestParam long version, @Valid Waiting resumption,
			BindingResult binding, HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "resumption", binding, request, redirect,
				() -> management.resume(number, version, resumption.note(), by()));
	}

	@PostMapping("/tickets/{number}/forwarding")
	String forward(@PathVariable String number, @RequestParam long version, @Valid Forwarding forwarding,
			BindingResult binding, HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "forwarding", binding, request, redirect,
				() -> putCallThrough.putThrough(number, version, forwarding.toDestination(), forwarding.note(), by()));
	}

	@PostMapping("/tickets/{number}/clarifications")
	String askClarification(@PathVariable String number, @RequestParam long version,
			@Valid ClarificationQuestion clarification, BindingResult binding, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(number, "clarifications", binding, request, redirect,
				() -> management.requestClarification(number, version, clarification.question(), by()));
	}

	@PostMapping("/tickets/{number}/clarifications/answer")
	String answerClarification(@PathVariable String number, @RequestParam long version,
			@Valid ClarificationAnswer clarification, BindingResult binding, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(number, "clarifications-answer", binding, request, redirect,
				() -> management.answerClarification(number, version, clarification.answer(), by()));
	}

	@PostMapping("/tickets/{number}/common-interest")
	String flagCommonInterest(@PathVariable String number, @RequestParam long version, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(number, "common-interest", null, request, redirect,
				() -> management.flagCommonInterest(number, version, by()));
	}

	@PostMapping("/tickets/{number}/reopening")
	String reopen(@PathVariable String number, @RequestParam long version, @Valid Reopening reopening,
			BindingResult binding, HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "reopening", binding, request, redirect,
				() -> management.reopen(number, version, reopening.reason(), by()));
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
	String correctCitizenContacts(@PathVariable String number, @Valid ContactDetails contacts, BindingResult binding,
			HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "citizen-contacts", binding, request, redirect,
				() -> management.correctCitizenContacts(number, contacts, by()));
	}

	@PostMapping("/tickets/{number}/notes")
	String note(@PathVariable String number, @RequestParam long version, @Valid Note note, BindingResult binding,
			HttpServletRequest request, RedirectAttributes redirect) {
		return act(number, "notes", binding, request, redirect, () -> management.addNote(number, version, note.note(), by()));
	}

	/** Runs an action of the form {@code form} and comes back to the ticket (see {@link TicketPageActions}). */
	private String act(String number, String form, @Nullable BindingResult binding, HttpServletRequest request,
			RedirectAttributes redirect, Supplier<TicketDetails> action) {
		return actions.run(number, form, binding, request, redirect, action, "/tickets/" + number);
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
