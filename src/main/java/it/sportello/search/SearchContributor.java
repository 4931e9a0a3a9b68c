package it.sportello.search;

import java.util.Set;

/**
 * A module's part of the one search box: a Spring bean of the module that owns the documents (organization for
 * people and offices, knowledge for sheets, FAQ and procedures). It answers with its own analysis and ranking
 * and only with what the current user may see; the box merges the answers. No Lucene type crosses this
 * interface, so the backend behind a module can change without touching the box.
 */
public interface SearchContributor {

	/** The kinds of hit this module contributes. */
	Set<HitType> types();

	/**
	 * The module's hits for the query, at most {@code limit}, best first, only of the kinds the query wants.
	 * @throws it.sportello.shared.InvalidInputException for a query the module cannot read
	 */
	SearchContribution search(SearchQuery query, int limit);

}
