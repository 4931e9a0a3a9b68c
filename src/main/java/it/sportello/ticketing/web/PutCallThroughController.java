package it.sportello.ticketing.web;

import java.util.List;

import it.sportello.identity.CurrentStaff;
import it.sportello.organization.DirectorySearch;
import it.sportello.search.SearchLearning;
import it.sportello.shared.InvalidInputException;
import it.sportello.ticketing.internal.PutCallThrough;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Passa la chiamata" on a switchboard ticket: directory results to pick from (as the operator types),
 * and the pick itself, which records the destination and closes the ticket (S-TT7). Each pick also goes back to
 * the search as the choice made for the text typed (the form's {@code data-search-id}, sent by the console's script).
 */
@Controller
class PutCallThroughController {

	private final DirectorySearch directory;

	private final SearchLearning learning;

	private final PutCallThrough putCallThrough;

	private final CurrentStaff currentStaff;

	private final TicketPageActions actions;

	PutCallThroughController(DirectorySearch directory, SearchLearning learning, PutCallThrough putCallThrough,
			CurrentStaff currentStaff, TicketPageActions actions) {
		this.directory = directory;
		this.learning = learning;
		this.putCallThrough = putCallThrough;
		this.currentStaff = currentStaff;
		this.actions = actions;
	}

	/** The directory's results with a pick button each: the fragment of {@code search/directory}. */
	@GetMapping("/tickets/{number}/put-through/candidates")
	String candidates(@PathVariable String number, @RequestParam long version,
			@RequestParam(required = false) @Nullable String q, Model model) {
		List<DirectorySearch.Result> results = List.of();
		if (q != null && !q.isBlank()) {
			try {
				results = directory.search(q, 10);
				// The search records the text and gives the id that the pick sends back, so that it learns which
				// entry this text was put through to.
				model.addAttribute("searchId", learning.searched(q, results.size()));
			}
			catch (InvalidInputException tooLong) {
				model.addAttribute("error", tooLong.code());
			}
		}
		model.addAttribute("q", q);
		model.addAttribute("results", results);
		model.addAttribute("version", version);
		model.addAttribute("pickAction", "/tickets/" + number + "/put-through");
		return "search/directory :: results";
	}

	@PostMapping("/tickets/{number}/put-through")
	String putThrough(@PathVariable String number, @RequestParam long version,
			@RequestParam(required = false) @Nullable String employeeId,
			@RequestParam(required = false) @Nullable String officeCode, HttpServletRequest request,
			RedirectAttributes redirect) {
		return actions.run(number, "put-through", null, request, redirect,
				() -> putCallThrough.putThrough(number, version, new PutCallThrough.Destination(null, employeeId, officeCode),
						null, currentStaff.get()),
				"/tickets/" + number);
	}

}
