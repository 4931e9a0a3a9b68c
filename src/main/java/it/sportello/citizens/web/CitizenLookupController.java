package it.sportello.citizens.web;

import java.util.List;

import it.sportello.citizens.CitizenView;
import it.sportello.citizens.Citizens;
import it.sportello.identity.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first-level console's look-up as the operator types (htmx): a fragment listing the matching
 * citizens, each a button carrying the record's fields so the console script can fill the ticket form.
 */
@Controller
@PreAuthorize(CitizenAccess.READERS)
class CitizenLookupController {

	/** Shorter text matches half the registry and would fill the audit trail with noise. */
	static final int MIN_QUERY_LENGTH = 2;

	static final int RESULTS = 10;

	private final Citizens citizens;

	private final CurrentStaff staff;

	CitizenLookupController(Citizens citizens, CurrentStaff staff) {
		this.citizens = citizens;
		this.staff = staff;
	}

	@GetMapping("/citizens/lookup")
	String lookup(@RequestParam(defaultValue = "") String q, Model model) {
		String query = q.strip();
		boolean searched = query.length() >= MIN_QUERY_LENGTH && query.length() <= 100;
		List<CitizenView> found = searched ? citizens.search(query, RESULTS, staff.get()) : List.of();
		model.addAttribute("query", query);
		model.addAttribute("searched", searched);
		model.addAttribute("citizens", found);
		return "citizens/lookup :: results";
	}

}
