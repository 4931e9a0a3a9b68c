package it.sportello.search;

import java.time.Instant;
import java.util.List;

/**
 * What the search learns from use. When an operator chooses an entry after a search (puts a call through, quotes
 * a sheet) the choice is sent back with the search's {@code searchId}; later searches with the same text rank
 * that entry higher, by a bounded boost that halves every {@code sportello.search.learning.half-life}. Searches
 * that found nothing or were followed by no choice are listed for the back office, as candidates for the
 * thesaurus or for a new sheet or FAQ. The texts are stripped of fiscal codes, phone numbers and e-mail
 * addresses before they are kept, and kept {@code sportello.search.learning.keep}.
 */
public interface SearchLearning {

	/**
	 * Records a search made by the current user outside the one search box (the switchboard's candidates, searched
	 * with the directory's own search) and returns its {@code searchId}, to send back with the choice. Keystrokes in
	 * quick succession are one search, as in the box.
	 * @param hits how many entries it found
	 */
	String searched(String text, int hits);

	/**
	 * Records that the entry was chosen from the search.
	 * @throws it.sportello.shared.NotFoundException for a search id this node does not know (too old, or unknown)
	 */
	void chosen(String searchId, HitType type, String id);

	/** The boosts learnt, strongest first. */
	List<Boost> boosts();

	/** Forgets one boost. */
	void forget(String text, HitType type, String id);

	/** Searches that found nothing or led to no choice, newest first. */
	List<Unanswered> unanswered(int limit);

	/** A text → entry the search learnt, with its weight today (0 to 1). */
	record Boost(String text, HitType type, String id, double weight, Instant updatedAt) {
	}

	/** A search that found nothing, or found something nobody chose. */
	record Unanswered(String text, int hits, Instant searchedAt) {
	}

}
