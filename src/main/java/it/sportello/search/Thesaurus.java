package it.sportello.search;

import java.util.List;

/**
 * The search thesaurus the back office maintains (page and API, every change audited): acronyms and their
 * expansions (DURC, ZTL, TARI), popular and old names of offices and services, everyday words for
 * administrative ones (motorino → ciclomotore), synonyms. Applied when a search is made, so a change needs no
 * re-index; shipped with a starter thesaurus of Italian public administration ({@code search/thesaurus-starter.txt}).
 */
public interface Thesaurus {

	/** The most words a term may have. */
	int MAX_TERM_WORDS = 4;

	/** What kind of entry it is, for the back office's list. */
	enum Kind {

		ACRONYM, OLD_NAME, EVERYDAY, SYNONYM

	}

	/** One entry: what people say (folded, lower case) and what the records write. */
	record Entry(long id, String term, List<String> expansions, Kind kind, int version) {
	}

	/** An entry to add or the new content of one. */
	record Draft(String term, List<String> expansions, Kind kind) {
	}

	/**
	 * Words of a request that the thesaurus knows: the words {@code first} to {@code last} (indexes into the
	 * folded words given to {@link #expand}) may also be read as any of {@code alternatives}.
	 */
	record Expansion(int first, int last, List<String> alternatives) {
	}

	List<Entry> entries();

	/**
	 * @throws it.sportello.shared.InvalidInputException for an empty or over-long term or expansion
	 * @throws it.sportello.shared.ConflictException when the term is already in the thesaurus
	 */
	Entry add(Draft draft, String by);

	/**
	 * @throws it.sportello.shared.NotFoundException for an unknown id
	 * @throws it.sportello.shared.ConflictException when the entry changed since {@code version} was read
	 */
	Entry change(long id, int version, Draft draft, String by);

	/** @throws it.sportello.shared.NotFoundException for an unknown id */
	void remove(long id, String by);

	/** The thesaurus's readings of a request's folded words, longest phrases first. */
	List<Expansion> expand(List<String> foldedWords);

}
