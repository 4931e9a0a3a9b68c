package it.sportello.search.web;

import it.sportello.search.RebuildReport;
import it.sportello.search.SearchIndexes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the search index by hand (ADMIN): after a restore, or to apply changed analysis. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Search")
class SearchIndexController {

	private final SearchIndexes indexes;

	SearchIndexController(SearchIndexes indexes) {
		this.indexes = indexes;
	}

	@PostMapping("/api/v1/search/index")
	@Operation(summary = "Rebuild the search index from the database",
			description = "Searches keep being answered from the current index while it runs. 409 if a rebuild is already running.")
	RebuildReport rebuild() {
		return indexes.rebuild();
	}

}
