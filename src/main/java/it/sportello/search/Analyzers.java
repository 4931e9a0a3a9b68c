package it.sportello.search;

/**
 * The names of the analyzers and normalizers this module registers with Hibernate Search, for the
 * mappings of other modules. Each answers one question an operator asks of the index.
 */
public final class Analyzers {

	/**
	 * Personal names word by word: case and accents folded ({@code Nicolò} = {@code nicolo}), apostrophes
	 * (straight or typographic) and hyphens split words ({@code D'Angelo} = {@code d angelo}). No stemming:
	 * {@code Rossi} and {@code Rosso} are different people.
	 */
	public static final String NAME = "sportello_name";

	/**
	 * A whole name as one token without spaces or apostrophes ({@code D’Onofrio} = {@code donofrio},
	 * {@code Lo Russo} = {@code lorusso}), so that particles written together or apart find the same person.
	 */
	public static final String NAME_JOINED = "sportello_name_joined";

	/**
	 * A whole name joined as {@link #NAME_JOINED} does, reduced to how it sounds ({@link ItalianSound}): doubled
	 * consonants, a wrong final vowel, a silent h do not matter ({@code Collangelo} = {@code Colangelo}).
	 */
	public static final String NAME_SOUND = "sportello_name_sound";

	/** Italian administrative text: elision, stop words, folding and light stemming (tesserini = tesserino). */
	public static final String TEXT = "sportello_text";

	/** {@link #TEXT} at query time, plus the synonyms callers use for the words offices write. */
	public static final String TEXT_QUERY = "sportello_text_query";

	/** Codes and identifiers compared whole, case-insensitively. */
	public static final String KEYWORD = "sportello_keyword";

	private Analyzers() {
	}

	/**
	 * {@link #TEXT} as an analyzer of this JVM, the same on every backend (the OpenSearch one declares the same chain
	 * by name): for marking what matched, and for the indexes a module keeps in memory.
	 */
	public static org.apache.lucene.analysis.Analyzer text() {
		return it.sportello.search.internal.LocalAnalyzers.text();
	}

	/** {@link #TEXT_QUERY} as an analyzer of this JVM; see {@link #text()}. */
	public static org.apache.lucene.analysis.Analyzer textQuery() {
		return it.sportello.search.internal.LocalAnalyzers.textQuery();
	}

}
