package it.sportello.shared.importing;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One data line of a CSV import, by column name, with the line of the file where it starts. */
public record ImportLine(long line, Map<String, String> values) {

	/**
	 * The value, stripped, without the {@code '} an export puts before a formula-like value ({@link FormulaGuard});
	 * null when empty, since an empty field means "no value".
	 */
	public @Nullable String get(String column) {
		String value = FormulaGuard.unprotect(values.get(column));
		return value == null || value.isBlank() ? null : value.strip();
	}

}
