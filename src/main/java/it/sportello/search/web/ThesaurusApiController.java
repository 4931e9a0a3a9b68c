package it.sportello.search.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.search.Thesaurus;
import it.sportello.search.Thesaurus.Draft;
import it.sportello.search.Thesaurus.Entry;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The search thesaurus, maintained by the back office; every change audited, applied to the next search. */
@RestController
@RequestMapping("/api/v1/search/thesaurus")
@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN')")
@Tag(name = "Search")
class ThesaurusApiController {

	private final Thesaurus thesaurus;

	ThesaurusApiController(Thesaurus thesaurus) {
		this.thesaurus = thesaurus;
	}

	@GetMapping
	@Operation(summary = "The thesaurus, by term")
	List<Entry> entries() {
		return thesaurus.entries();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a term and what the records write for it",
			description = "{term, expansions: [..], kind: ACRONYM|OLD_NAME|EVERYDAY|SYNONYM}. 409 if the term exists.")
	Entry add(@RequestBody Draft draft, Authentication user) {
		return thesaurus.add(draft, user.getName());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an entry", description = "version: the one read; 409 if it changed meanwhile.")
	Entry change(@PathVariable long id, @RequestParam int version, @RequestBody Draft draft, Authentication user) {
		return thesaurus.change(id, version, draft, user.getName());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an entry")
	void remove(@PathVariable long id, Authentication user) {
		thesaurus.remove(id, user.getName());
	}

}
