package it.sportello.search.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.search.HitType;
import it.sportello.search.SearchBox;
import it.sportello.search.SearchQuery;
import it.sportello.search.SearchResults;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The one search box for every staff user: people, offices, sheets, FAQ and procedures from one text. */
@RestController
@Tag(name = "Search", description = "The one search box and its index")
class SearchApiController {

	private final SearchBox box;

	SearchApiController(SearchBox box) {
		this.box = box;
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Search everything an operator may use, in the caller's words",
			description = "Hits {type, id, title, snippet, score, reasons} best first; facets by type and department; "
					+ "a searchId to send back with the choice made. When nothing matches the whole text, the closest hits "
					+ "with partial=true and the words not found.")
	SearchResults search(@Parameter(description = "What the caller said, 1-200 characters") @RequestParam String q,
			@Parameter(description = "PERSON, OFFICE, SHEET, FAQ, PROCEDURE; repeat for several; all when absent")
			@RequestParam(name = "type", required = false) @Nullable List<String> type,
			@Parameter(description = "1-50") @RequestParam(defaultValue = "10") int size) {
		return box.search(new SearchQuery(q, types(type), size));
	}

	private static Set<HitType> types(@Nullable List<String> names) {
		if (names == null || names.isEmpty()) {
			return Set.of();
		}
		Set<HitType> types = EnumSet.noneOf(HitType.class);
		for (String name : names) {
			try {
				types.add(HitType.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
			}
			catch (IllegalArgumentException unknown) {
				throw new InvalidInputException("type", "search.type-unknown", name);
			}
		}
		return types;
	}

}
