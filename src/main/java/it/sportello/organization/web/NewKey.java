package it.sportello.organization.web;

import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The source identifier of a record being created: required, since every re-import matches by it. */
final class NewKey {

	private NewKey() {
	}

	static String of(@Nullable String value, String field) {
		String key = Blank.toNull(value);
		if (key == null) {
			throw new InvalidInputException(field, "directory.import.problem.required");
		}
		return key;
	}

}
