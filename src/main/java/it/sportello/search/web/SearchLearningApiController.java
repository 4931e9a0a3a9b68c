package it.sportello.search.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.search.HitType;
import it.sportello.search.SearchLearning;
import it.sportello.search.SearchLearning.Boost;
import it.sportello.search.SearchLearning.Unanswered;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Choices sent back by the pages and clients, and what the search learnt from them, for the back office. */
@RestController
@Tag(name = "Search")
class SearchLearningApiController {

	private final SearchLearning learning;

	SearchLearningApiController(SearchLearning learning) {
		this.learning = learning;
	}

	/** The entry chosen from a search's results. */
	record Choice(@Nullable String searchId, @Nullable String type, @Nullable String id) {
	}

	@PostMapping("/api/v1/search/choices")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Send back the entry chosen from a search (call put through, sheet quoted)",
			description = "{searchId, type, id}: later searches with the same text rank that entry higher.")
	void chosen(@RequestBody Choice choice) {
		chosen(learning, choice);
	}

	/** Checks the choice and records it: for the API and for the pages' twin ({@link SearchChoicePageController}). */
	static void chosen(SearchLearning learning, Choice choice) {
		if (choice.searchId() == null || choice.searchId().isBlank()) {
			throw new InvalidInputException("searchId", "search.learning.search-id-empty");
		}
		if (choice.id() == null || choice.id().isBlank() || choice.id().length() > 32) {
			throw new InvalidInputException("id", "search.learning.id-invalid");
		}
		learning.chosen(choice.searchId(), type(choice.type()), choice.id());
	}

	@GetMapping("/api/v1/search/learning")
	@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN')")
	@Operation(summary = "What the search learnt: text → entry, with today's weight (0-1)")
	List<Boost> boosts() {
		return learning.boosts();
	}

	@DeleteMapping("/api/v1/search/learning")
	@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Forget one learnt text → entry")
	void forget(@RequestParam String text, @RequestParam String type, @RequestParam String id) {
		learning.forget(text, type(type), id);
	}

	@GetMapping("/api/v1/search/unanswered")
	@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN')")
	@Operation(summary = "Searches that found nothing or led to no choice, newest first",
			description = "Candidates for the thesaurus or for a new sheet or FAQ. Texts are kept stripped of fiscal "
					+ "codes, phone numbers and e-mail addresses.")
	List<Unanswered> unanswered(@RequestParam(defaultValue = "100") int limit) {
		return learning.unanswered(limit);
	}

	private static HitType type(@Nullable String name) {
		try {
			return HitType.valueOf(name == null ? "" : name.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInputException("type", "search.type-unknown", String.valueOf(name));
		}
	}

}
