package it.sportello.search;

/**
 * The one search box (S-CH3, S-TT2, S-TT7, S-KB5): people, offices, sheets, FAQ and procedures from one text,
 * each module contributing its documents through a {@link SearchContributor}.
 */
public interface SearchBox {

	/**
	 * @throws it.sportello.shared.InvalidInputException for an empty or over-long text or a bad size
	 */
	SearchResults search(SearchQuery query);

}
