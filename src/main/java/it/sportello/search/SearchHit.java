package it.sportello.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One thing the search box found.
 * @param type what it is
 * @param id its id in the module that owns it ({@code E0134}, {@code AGRI-06}, {@code SI-0001})
 * @param title what the list shows first: a person's name, an office's or a sheet's title
 * @param snippet a short text with the words that matched in {@code <mark>} (HTML-escaped, shown as is)
 * @param score how well it matched, comparable within one answer only
 * @param reasons why it matched, for the operator: the fields and words ("cognome simile", "competenze")
 * @param department the code of the department it belongs to, for the facets; null when it has none
 * @param detail what the operator needs next: the extension to call, the office, a sheet's validity
 */
public record SearchHit(HitType type, String id, String title, String snippet, float score, List<String> reasons,
		@Nullable String department, @Nullable String detail) {

	public SearchHit {
		reasons = List.copyOf(reasons);
	}

}
