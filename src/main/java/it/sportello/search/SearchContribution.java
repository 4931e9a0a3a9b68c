package it.sportello.search;

import java.util.List;

/**
 * What one module found for a query: its hits, best first, and whether they match the whole query or only the
 * closest part of it, with the words the first hit did not match.
 */
public record SearchContribution(List<SearchHit> hits, boolean partial, List<String> unmatched) {

	public SearchContribution {
		hits = List.copyOf(hits);
		unmatched = List.copyOf(unmatched);
	}

	public static SearchContribution none() {
		return new SearchContribution(List.of(), false, List.of());
	}

}
