package it.sportello.organization.internal;

import java.util.Map;

import it.sportello.shared.importing.FormulaGuard;
import org.jspecify.annotations.Nullable;

/** One data row of a directory CSV file, with the line where it starts so that problems can point at it. */
record CsvRow(int line, Map<String, String> values) {

	/**
	 * The value, stripped, without the {@code '} an export puts before a formula-like value; null when empty,
	 * since an empty field means "no value".
	 */
	@Nullable String get(String column) {
		String value = FormulaGuard.unprotect(values.get(column));
		return value == null || value.isBlank() ? null : value.strip();
	}

}
