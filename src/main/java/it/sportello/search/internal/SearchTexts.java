package it.sportello.search.internal;

import java.util.regex.Pattern;

import it.sportello.search.QueryTerms;

/**
 * A search text as it is kept for learning: fiscal codes, e-mail addresses and phone numbers (six digits or more,
 * spaces, dots, dashes and a leading + allowed) replaced by a placeholder, then folded and trimmed, so that the
 * same request typed differently is one text.
 */
final class SearchTexts {

	private static final Pattern FISCAL_CODE = Pattern.compile(
			"(?i)\\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\\b");

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");

	private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d .\\-/]{4,}\\d");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchTexts() {
	}

	static String kept(String text) {
		String stripped = FISCAL_CODE.matcher(text).replaceAll("[codice fiscale]");
		stripped = EMAIL.matcher(stripped).replaceAll("[e-mail]");
		stripped = PHONE.matcher(stripped).replaceAll(m -> m.group().replaceAll("\\D", "").length() >= 6 ? "[telefono]"
				: m.group());
		String folded = SPACES.matcher(QueryTerms.fold(stripped).strip()).replaceAll(" ");
		return folded.length() > QueryTerms.MAX_LENGTH ? folded.substring(0, QueryTerms.MAX_LENGTH) : folded;
	}

}
