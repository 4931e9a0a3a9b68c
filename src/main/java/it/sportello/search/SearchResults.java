package it.sportello.search;

import java.util.List;
import java.util.Map;

/**
 * The one search box's answer.
 * @param content the hits, best first
 * @param facets counts of the hits the modules returned (up to {@link SearchQuery#size()} each) by {@code type} and by
 *        {@code department}
 * @param searchId the id to send back with the choice made from these results (a call put through, a sheet
 *        quoted), so that the search learns from it
 * @param partial whether nothing matched the whole text and these are the closest hits
 * @param unmatched for a partial answer, the words the first hit does not match
 */
public record SearchResults(List<SearchHit> content, Map<String, Map<String, Long>> facets, String searchId,
		boolean partial, List<String> unmatched) {

}
