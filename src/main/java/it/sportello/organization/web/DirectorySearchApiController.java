package it.sportello.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.organization.DirectorySearch;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The switchboard's directory search for every staff user (S-TT7): people and offices ranked together. */
@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Directory", description = "The Region's phone directory and structure")
class DirectorySearchApiController {

	private final DirectorySearch directory;

	DirectorySearchApiController(DirectorySearch directory) {
		this.directory = directory;
	}

	@GetMapping("/search")
	@Operation(summary = "Search people and offices as a caller asks for them (S-TT7)",
			description = "Tolerates typos, particles written apart or together, accents and apostrophes; finds by "
					+ "extension or direct line, office name, competence and function. Each result says why it matched, "
					+ "with the matching words in <mark> (HTML-escaped).")
	List<DirectorySearch.Result> search(
			@Parameter(description = "What the caller said, 1-200 characters") @RequestParam String q,
			@Parameter(description = "1-50") @RequestParam(defaultValue = "10") int limit) {
		return directory.search(q, limit);
	}

}
