package it.sportello.ticketing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import it.sportello.ticketing.internal.TicketDetails;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs an action of the ticket page and comes back with what happened ("Ticket 2026-000123 inoltrato al back
 * office"), or, when it was refused, with why and with what the operator typed kept in the form: every wrong field
 * named at once, or the reason (the ticket changed meanwhile, the action is no longer allowed). A refused action
 * changes nothing: the use case is one transaction.
 */
@Component
class TicketPageActions {

	private static final String CHANGED = "ticket.changed";

	/** Control characters a pasted text may carry (refused as such): not shown back in the page. */
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

	/** Form fields that are not the operator's typing. */
	private static final Set<String> NOT_TYPED = Set.of("version", "_csrf", "target");

	/** The fields holding text written during the call, repeated beside the reason so that none is lost. */
	private static final Set<String> WRITTEN = Set.of("note", "resolution", "answer", "question", "reason", "destination");

	private final MessageSource messages;

	TicketPageActions(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param form the form's key on the page: its path, with the escalation's target ({@code escalation-DEPARTMENT})
	 * @param afterSuccess where to go when done; back to the ticket when refused
	 */
	String run(String number, String form, @Nullable BindingResult binding, HttpServletRequest request,
			RedirectAttributes redirect, Supplier<TicketDetails> action, String afterSuccess) {
		Locale locale = LocaleContextHolder.getLocale();
		if (binding != null && binding.hasErrors()) {
			List<FieldProblem> problems = new ArrayList<>();
			binding.getFieldErrors()
				.forEach(error -> problems.add(new FieldProblem(error.getField(), messages.getMessage(error, locale))));
			binding.getGlobalErrors().forEach(error -> problems.add(new FieldProblem(null, messages.getMessage(error, locale))));
			return refused(number, form, request, redirect, messages.getMessage("ticket.page.errors", null, locale),
					problems);
		}
		try {
			TicketDetails done = action.get();
			redirect.addFlashAttribute("success", outcome(form, done, locale));
			return "redirect:" + afterSuccess;
		}
		catch (InvalidInputException ex) {
			String message = messages.getMessage("ticket.page.field-error",
					new Object[] { label(ex.field(), locale), messages.getMessage(ex.code(), ex.args(), ex.code(), locale) },
					locale);
			return refused(number, form, request, redirect, messages.getMessage("ticket.page.errors", null, locale),
					List.of(new FieldProblem(ex.field(), message)));
		}
		catch (DomainException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			// The page, unlike an API client, is shown again with the ticket as it is now.
			String code = CHANGED.equals(ex.code()) ? "ticket.page.changed" : ex.code();
			return refused(number, form, request, redirect, messages.getMessage(code, ex.args(), ex.code(), locale),
					List.of());
		}
		catch (OptimisticLockingFailureException ex) {
			return refused(number, form, request, redirect,
					messages.getMessage("ticket.page.changed", new Object[] { number }, locale), List.of());
		}
	}

	/** The page shown again with the reason, the fields to mend and the text typed, for the form that failed. */
	private String refused(String number, String form, HttpServletRequest request, RedirectAttributes redirect,
			String error, List<FieldProblem> problems) {
		Map<String, String> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!NOT_TYPED.contains(name) && values.length > 0) {
				typed.put(name, CONTROL.matcher(values[0]).replaceAll(""));
			}
		});
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		problems.stream().filter(p -> !p.isGlobal()).forEach(p -> fieldErrors.putIfAbsent(p.fieldName(), p.message()));
		redirect.addFlashAttribute("error", error);
		redirect.addFlashAttribute("failed", form);
		redirect.addFlashAttribute("typed", typed);
		redirect.addFlashAttribute("kept", typed.entrySet()
			.stream()
			.filter(field -> WRITTEN.contains(field.getKey()) && !field.getValue().isBlank())
			.map(Map.Entry::getValue)
			.toList());
		redirect.addFlashAttribute("problems", problems);
		redirect.addFlashAttribute("fieldErrors", fieldErrors);
		return "redirect:/tickets/" + number;
	}

	/** What happened and where the ticket went, from the ticket as the action left it. */
	private String outcome(String form, TicketDetails done, Locale locale) {
		Object[] args = { done.number(), done.department() == null ? "" : done.department().name(),
				done.forwardedTo() == null ? "" : done.forwardedTo() };
		return messages.getMessage("ticket.done." + form, args, locale);
	}

	/** A field's label ("Risposta") as validation messages name it; the field itself when it has none. */
	private String label(@Nullable String field, Locale locale) {
		String name = field == null ? "" : field;
		return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { name }, name), locale);
	}

}
