package it.sportello.ticketing.web;

import org.jspecify.annotations.Nullable;

/**
 * One line of a page's error summary: what is wrong with which field (none for the form as a whole), with the
 * same property names as Thymeleaf's {@code #fields.detailedErrors()}, so that one summary fragment shows both.
 */
record FieldProblem(@Nullable String fieldName, String message) implements java.io.Serializable {

	public boolean isGlobal() {
		return fieldName == null;
	}

}
