package it.sportello.search.web;

import it.sportello.search.SearchLearning;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The pages' twin of {@code POST /api/v1/search/choices}: the console sends back the entry chosen from a search's
 * results (a call put through, a sheet quoted) with the operator's session and CSRF token, since the API takes
 * neither. The same checks and the same learning as the API.
 */
@Controller
class SearchChoicePageController {

	private final SearchLearning learning;

	SearchChoicePageController(SearchLearning learning) {
		this.learning = learning;
	}

	@PostMapping("/search/choices")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void chosen(@RequestParam(required = false) @Nullable String searchId,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String id) {
		SearchLearningApiController.chosen(learning, new SearchLearningApiController.Choice(searchId, type, id));
	}

}
