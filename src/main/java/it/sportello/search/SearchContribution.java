package it.sportello.search;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one module found for a query: its hits, best first, and whether they match the whole query or only the
 * closest part of it, with the words the first hit did not match. Those words may cost the module more searches,
 * so a module can give them as a {@link Supplier}, asked only by a caller that shows them.
 */
public final class SearchContribution {

	private final List<SearchHit> hits;

	private final boolean partial;

	private final Supplier<List<String>> unmatched;

	public SearchContribution(List<SearchHit> hits, boolean partial, List<String> unmatched) {
		this.hits = List.copyOf(hits);
		this.partial = partial;
		List<String> words = List.copyOf(unmatched);
		this.unmatched = () -> words;
	}

	private SearchContribution(List<SearchHit> hits, Supplier<List<String>> unmatched) {
		this.hits = List.copyOf(hits);
		this.partial = true;
		this.unmatched = Objects.requireNonNull(unmatched);
	}

	/** A partial answer whose unmatched words are looked for only if {@link #unmatched()} is called. */
	public static SearchContribution partial(List<SearchHit> hits, Supplier<List<String>> unmatched) {
		return new SearchContribution(hits, unmatched);
	}

	public static SearchContribution none() {
		return new SearchContribution(List.of(), false, List.of());
	}

	public List<SearchHit> hits() {
		return hits;
	}

	public boolean partial() {
		return partial;
	}

	/** The words of the query the first hit does not match (empty for a full answer). */
	public List<String> unmatched() {
		return List.copyOf(unmatched.get());
	}

}
