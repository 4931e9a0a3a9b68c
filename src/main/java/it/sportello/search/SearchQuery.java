package it.sportello.search;

import java.util.EnumSet;
import java.util.Set;

import it.sportello.shared.InvalidInputException;

/**
 * What the one search box asks: the text as typed, the kinds of hit wanted (all when empty) and how many hits.
 * @param text 1 to {@link QueryTerms#MAX_LENGTH} characters
 * @param types the kinds of hit wanted; empty for all
 * @param size 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(String text, Set<HitType> types, int size) {

	/** The most hits one search returns. */
	public static final int MAX_SIZE = 50;

	public SearchQuery {
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "search.size-invalid", MAX_SIZE);
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("q", "search.query-empty");
		}
		if (text.strip().length() > QueryTerms.MAX_LENGTH) {
			throw new InvalidInputException("q", "search.query-too-long", QueryTerms.MAX_LENGTH);
		}
		types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
	}

	/** Whether the query wants hits of this kind. */
	public boolean wants(HitType type) {
		return types.isEmpty() || types.contains(type);
	}

}
