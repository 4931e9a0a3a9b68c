package it.sportello.ticketing.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import it.sportello.citizens.CitizenKind;
import it.sportello.identity.CurrentStaff;
import it.sportello.identity.StaffMember;
import it.sportello.organization.Departments;
import it.sportello.shared.Channel;
import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import it.sportello.ticketing.ConsoleGreeting;
import it.sportello.ticketing.internal.CategoryCatalog;
import it.sportello.ticketing.internal.ConsoleProperties;
import it.sportello.ticketing.internal.IdempotentOpening;
import it.sportello.ticketing.internal.Ticket;
import it.sportello.ticketing.internal.TicketQueries;
import it.sportello.ticketing.web.TicketRequests.CreateTicket;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The first-level console, built for the call in progress: the greeting script on top, the caller
 * look-up and the new-ticket form usable from the keyboard alone, the caller's history beside it.
 */
@Controller
@PreAuthorize("hasRole('FIRST_LEVEL')")
class ConsoleController {

	private static final String REUSED_KEY = "ticket.idempotency-key-reused";

	private final IdempotentOpening opening;

	private final TicketQueries queries;

	private final CategoryCatalog categories;

	private final Departments departments;

	private final CurrentStaff currentStaff;

	private final MessageSource messages;

	private final String greeting;

	private final ObjectProvider<ConsoleGreeting> managerGreeting;

	ConsoleController(IdempotentOpening opening, TicketQueries queries, CategoryCatalog categories,
			Departments departments, CurrentStaff currentStaff, MessageSource messages,
			ConsoleProperties console, ObjectProvider<ConsoleGreeting> managerGreeting) {
		this.managerGreeting = managerGreeting;
		this.opening = opening;
		this.queries = queries;
		this.categories = categories;
		this.departments = departments;
		this.currentStaff = currentStaff;
		this.messages = messages;
		this.greeting = console.greeting();
	}

	@GetMapping("/console")
	String console(Model model) {
		model.addAttribute("form", CreateTicket.empty());
		return render(model);
	}

	/**
	 * The same request as {@code POST /api/v1/tickets}, its fields named as in the API's JSON ({@code citizen.phone}),
	 * with the opening key drawn when the form was shown.
	 */
	@PostMapping("/console/tickets")
	String open(@Valid @ModelAttribute("form") CreateTicket form, BindingResult binding,
			@RequestParam(required = false) @Nullable String openingKey, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return render(model);
		}
		try {
			Ticket ticket = opening.open(form.toCommand(), currentStaff.get(), openingKey).ticket();
			redirect.addFlashAttribute("success", messages.getMessage("console.opened",
					new Object[] { ticket.number().value() }, LocaleContextHolder.getLocale()));
			return "redirect:/tickets/" + ticket.number().value();
		}
		catch (InvalidInputException ex) {
			binding.rejectValue(fieldOf(ex.field()), ex.code(), ex.args(), ex.code());
			return render(model);
		}
		catch (DomainException ex) {
			if (!REUSED_KEY.equals(ex.code())) {
				throw ex;
			}
			// A form shown again by the browser's Back button, now with another request: the operator checks it
			// and sends it again, with a new key.
			binding.reject("console.form-reused");
			return render(model);
		}
	}

	/** The caller's earlier tickets, loaded beside the form when the operator picks a citizen (S-Q1). */
	@GetMapping("/console/history")
	String history(@RequestParam long citizenId, Model model) {
		model.addAttribute("history", queries.ofCitizen(citizenId, currentStaff.get()));
		model.addAttribute("citizenId", citizenId);
		model.addAttribute("historyLimit", TicketQueries.CITIZEN_HISTORY);
		return "ticketing/console :: history";
	}

	/**
	 * Every form shown gets a new opening key: the same form sent twice (Enter pressed twice in a hurry)
	 * opens one ticket, as an API retry with its Idempotency-Key does; nothing is stored for a form refused.
	 */
	private String render(Model model) {
		model.addAttribute("openingKey", UUID.randomUUID().toString());
		StaffMember by = currentStaff.get();
		Locale locale = LocaleContextHolder.getLocale();
		// The manager's script when one is set (S-CH2), else the configured one.
		String script = managerGreeting.stream()
			.map(ConsoleGreeting::script)
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(greeting);
		model.addAttribute("greeting", new MessageFormat(script, locale).format(new Object[] { by.firstName() }));
		model.addAttribute("categories", categories.active());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("kinds", CitizenKind.values());
		model.addAttribute("departments", departments.all());
		model.addAttribute("relayed", queries.relayedAnswers(by));
		return "ticketing/console";
	}

	/** The form's field a refusal of the domain is about. */
	private static String fieldOf(String field) {
		return switch (field) {
			case "citizen" -> "citizen.lastName";
			case "fiscalCode", "phone", "email", "firstName", "lastName", "companyName" -> "citizen." + field;
			case "citizenId", "categoryCode", "subject" -> field;
			default -> "description";
		};
	}

}
