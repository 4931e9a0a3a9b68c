package it.sportello.organization.web;

import java.util.List;

import it.sportello.organization.DirectorySearch;
import it.sportello.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory box: the whole page for a plain request (it works without JavaScript), only the result list
 * for htmx as the operator types (the console and the "put the call through" form embed it).
 */
@Controller
class DirectorySearchPageController {

	private static final int LIMIT = 10;

	private final DirectorySearch directory;

	DirectorySearchPageController(DirectorySearch directory) {
		this.directory = directory;
	}

	@GetMapping("/directory/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		model.addAttribute("q", q == null ? "" : q);
		List<DirectorySearch.Result> results = List.of();
		if (q != null && !q.isBlank()) {
			try {
				DirectorySearch.Answer answer = directory.answer(q, LIMIT);
				results = answer.results();
				model.addAttribute("partial", answer.match() == DirectorySearch.Match.PARTIAL);
				model.addAttribute("unmatched", answer.unmatched());
			}
			catch (DomainException refused) {
				// The list must not keep the previous query's people: it is emptied and says why. An htmx swap
				// happens only on a success status, so the fragment answers 200; the whole
				// page says a failure of ours with its status.
				model.addAttribute("error", refused.code());
				if (htmx == null && refused.status().is5xxServerError()) {
					response.setStatus(refused.status().value());
				}
			}
		}
		model.addAttribute("results", results);
		return htmx != null ? "search/directory :: results" : "search/directory";
	}

}
