package it.sportello.search.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.sportello.search.HitType;
import it.sportello.search.SearchBox;
import it.sportello.search.SearchHit;
import it.sportello.search.SearchQuery;
import it.sportello.search.SearchResults;
import it.sportello.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one search box's page: the box in the navigation of every page (access key K) leads here; results come
 * as the operator types (htmx), grouped by type, each with what the operator needs next (the extension and the
 * office to call).
 */
@Controller
class SearchPageController {

	private static final int SIZE = 20;

	private final SearchBox box;

	SearchPageController(SearchBox box) {
		this.box = box;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		Map<HitType, List<SearchHit>> groups = new EnumMap<>(HitType.class);
		if (q != null && !q.isBlank()) {
			try {
				SearchResults results = box.search(new SearchQuery(q, Set.of(), SIZE));
				for (SearchHit hit : results.content()) {
					groups.computeIfAbsent(hit.type(), t -> new java.util.ArrayList<>()).add(hit);
				}
				model.addAttribute("searchId", results.searchId());
				model.addAttribute("partial", results.partial());
				model.addAttribute("unmatched", results.unmatched());
			}
			catch (DomainException refused) {
				model.addAttribute("error", refused.code());
			}
		}
		model.addAttribute("groups", groups);
		return htmx != null ? "search/box :: results" : "search/box";
	}

}
