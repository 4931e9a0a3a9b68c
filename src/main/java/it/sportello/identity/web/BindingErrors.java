package it.sportello.identity.web;

import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Shows a domain refusal next to the form field it is about. */
final class BindingErrors {

	private BindingErrors() {
	}

	static void reject(BindingResult binding, DomainException refusal, String defaultField) {
		String field = refusal instanceof InvalidInputException invalid ? invalid.field() : defaultField;
		binding.rejectValue(field, refusal.code(), refusal.args(), refusal.code());
	}

}
