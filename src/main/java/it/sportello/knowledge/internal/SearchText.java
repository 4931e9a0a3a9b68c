package it.sportello.knowledge.internal;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The lower-case text a record's {@code search_text} column holds, and the {@code like} pattern for a query. */
final class SearchText {

	private SearchText() {
	}

	static String of(Stream<String> parts) {
		return parts.map(part -> part.toLowerCase(Locale.ITALIAN)).collect(Collectors.joining("\n"));
	}

	/**
	 * Each word must occur somewhere: one pattern per word, with the {@code like} wildcards escaped. Words are split at
	 * every sign as well as at spaces ("giovani,agricoltori", "bollo/auto"), as the search index splits them.
	 */
	static String[] patterns(String query) {
		return Stream.of(query.toLowerCase(Locale.ITALIAN).strip().split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty())
			.map(word -> "%" + escapeLike(word) + "%")
			.toArray(String[]::new);
	}

	/** The text with the {@code like} wildcards and the escape character ({@code \\}) escaped. */
	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
