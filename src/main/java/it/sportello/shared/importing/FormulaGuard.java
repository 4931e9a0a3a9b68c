package it.sportello.shared.importing;

import org.jspecify.annotations.Nullable;

/**
 * Keeps a spreadsheet from running a CSV value as a formula ("CSV injection"): a value starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a leading {@code '},
 * which spreadsheets read as "text". An import strips that {@code '} again, so exporting and importing the
 * same data changes nothing. Every CSV the application writes passes its values through {@link #protect}, and
 * every CSV import through {@link #unprotect}.
 */
public final class FormulaGuard {

	private static final String TRIGGERS = "=+-@\t\r";

	private FormulaGuard() {
	}

	/** The value as a spreadsheet will show it and never evaluate it. */
	public static @Nullable String protect(@Nullable String value) {
		return value != null && startsWithTrigger(value, 0) ? "'" + value : value;
	}

	/** The value as it was before {@link #protect}: only a {@code '} that protects a formula is removed. */
	public static @Nullable String unprotect(@Nullable String value) {
		return value != null && value.startsWith("'") && startsWithTrigger(value, 1) ? value.substring(1) : value;
	}

	private static boolean startsWithTrigger(String value, int at) {
		return value.length() > at && TRIGGERS.indexOf(value.charAt(at)) >= 0;
	}

}
