package it.sportello.organization.web;

import org.jspecify.annotations.Nullable;

/** Forms send empty strings for empty fields; the directory stores "no value" as null, like the CSV import. */
final class Blank {

	private Blank() {
	}

	static @Nullable String toNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static String required(@Nullable String value) {
		String stripped = toNull(value);
		return stripped == null ? "" : stripped;
	}

}
