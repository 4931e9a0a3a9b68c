package it.sportello.citizens;

import it.sportello.shared.InvalidInputException;

/**
 * An Italian fiscal code (codice fiscale): 16 characters for a person (with its check character,
 * omocodia substitutions allowed) or 11 digits for a company (with its check digit). Stored upper case.
 */
public record FiscalCode(String value) {

	public FiscalCode {
		value = normalize(value);
		if (!isValid(value)) {
			throw new InvalidInputException("fiscalCode", "citizen.fiscal-code.invalid", value);
		}
	}

	public static String normalize(String raw) {
		return raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
	}

	public boolean isCompany() {
		return value.length() == 11;
	}

	/** Whether the text, once normalised, is a valid personal or company fiscal code. */
	public static boolean isValid(String raw) {
		throw new IllegalStateException("implemented by the citizens module");
	}

}
