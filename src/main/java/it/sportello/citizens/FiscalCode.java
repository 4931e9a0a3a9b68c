package it.sportello.citizens;

import java.util.Locale;
import java.util.regex.Pattern;

import it.sportello.shared.InvalidInputException;

/**
 * An Italian fiscal code (codice fiscale): 16 characters for a person (with its check character,
 * omocodia substitutions allowed) or 11 digits for a company (with its check digit). Stored upper case.
 */
public record FiscalCode(String value) {

	/**
	 * Surname, name, year, month letter, day, town code, check character. Where a digit is expected the
	 * Agenzia delle Entrate may substitute a letter (omocodia) to tell apart two people with the same code.
	 */
	private static final Pattern PERSONAL = Pattern.compile(
			"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");

	private static final Pattern COMPANY = Pattern.compile("[0-9]{11}");

	/** The omocodia letters in the order of the digits they stand for: L = 0 … V = 9. */
	private static final String OMOCODIA = "LMNPQRSTUV";

	/** Values of characters in odd positions (1st, 3rd, …) for 0-9 and A-Z alike: 0 and A are 1, 1 and B are 0… */
	private static final int[] ODD = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
			22, 25, 24, 23 };

	public FiscalCode {
		value = normalize(value);
		if (!isValid(value)) {
			throw new InvalidInputException("fiscalCode", "citizen.fiscal-code.invalid", value);
		}
	}

	public static String normalize(String raw) {
		return raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	public boolean isCompany() {
		return value.length() == 11;
	}

	/** Whether the text, once normalised, is a valid personal or company fiscal code. */
	public static boolean isValid(String raw) {
		String code = normalize(raw);
		if (COMPANY.matcher(code).matches()) {
			return hasValidCompanyCheckDigit(code);
		}
		return PERSONAL.matcher(code).matches() && hasValidDay(code) && code.charAt(15) == personalCheckCharacter(code);
	}

	/** The check character of the first 15 characters of a personal code (the official odd/even tables). */
	static char personalCheckCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < 15; i++) {
			int index = Character.isDigit(code.charAt(i)) ? code.charAt(i) - '0' : code.charAt(i) - 'A';
			// Positions count from 1, so the Java index 0 is the first odd position.
			sum += (i % 2 == 0) ? ODD[index] : index;
		}
		return (char) ('A' + sum % 26);
	}

	/** Day 1-31 for men, 41-71 for women (day + 40), after undoing omocodia. */
	private static boolean hasValidDay(String code) {
		int day = digit(code.charAt(9)) * 10 + digit(code.charAt(10));
		return (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
	}

	private static int digit(char c) {
		return Character.isDigit(c) ? c - '0' : OMOCODIA.indexOf(c);
	}

	/** The partita IVA check: Luhn over the 11 digits, doubling the 2nd, 4th, … 10th. */
	private static boolean hasValidCompanyCheckDigit(String code) {
		int sum = 0;
		for (int i = 0; i < 11; i++) {
			int d = code.charAt(i) - '0';
			if (i % 2 == 1) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return sum % 10 == 0;
	}

}
