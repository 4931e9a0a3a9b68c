package it.sportello.citizens.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Folds names for look-up the way operators type them: without accents, case or apostrophes
 * ("Nolè" = "nole", "D’Angelo" = "dangelo" = "d'angelo"). The same folding is applied to the stored
 * search column and to the query, so the database compares plain ASCII words.
 */
final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9']+");

	private SearchText() {
	}

	/** Lower case, accents removed, every kind of apostrophe turned into {@code '}. */
	static String fold(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed)
			.replaceAll("")
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('`', '\'')
			.replace('\u00b4', '\'');
	}

	/**
	 * The stored search column: every word of the names, each preceded by a space so that a prefix match
	 * is {@code like '% word%'}. A word with an apostrophe is stored joined ("dangelo") and split
	 * ("d", "angelo") so that "D'Angelo", "dangelo" and "angelo" all find it.
	 */
	static String column(@Nullable String... names) {
		Set<String> words = new LinkedHashSet<>();
		for (String name : names) {
			for (String word : SEPARATORS.split(fold(name))) {
				if (word.isEmpty()) {
					continue;
				}
				words.add(word.replace("'", ""));
				if (word.indexOf('\'') >= 0) {
					Arrays.stream(word.split("'")).filter(part -> !part.isEmpty()).forEach(words::add);
				}
			}
		}
		words.remove("");
		return " " + String.join(" ", words) + " ";
	}

	/** The words of a query as prefixes to look for in the search column (at most {@code max}). */
	static List<String> queryWords(String query, int max) {
		return Arrays.stream(SEPARATORS.split(fold(query)))
			.map(word -> word.replace("'", ""))
			.filter(word -> !word.isEmpty())
			.distinct()
			.limit(max)
			.toList();
	}

}
