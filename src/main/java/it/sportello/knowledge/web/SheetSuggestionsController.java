package it.sportello.knowledge.web;

import it.sportello.knowledge.internal.SheetSuggestions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sheets and FAQ most like a ticket's description, for the first-level console (htmx, while the operator
 * writes): a fragment listing each with a link to its sheet page, where "use in answer" is.
 */
@Controller
@PreAuthorize("hasRole('FIRST_LEVEL')")
class SheetSuggestionsController {

	/** The longest text read, as the ticket's description allows. */
	private static final int MAX_LENGTH = 4000;

	private final SheetSuggestions suggestions;

	SheetSuggestionsController(SheetSuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/knowledge/suggestions")
	String suggestions(@RequestParam(name = "description", defaultValue = "") String description, Model model) {
		String text = description.length() > MAX_LENGTH ? description.substring(0, MAX_LENGTH) : description;
		model.addAttribute("suggestions", suggestions.like(text));
		model.addAttribute("asked", text.strip().length() >= SheetSuggestions.MIN_LENGTH);
		return "knowledge/suggestions :: list";
	}

}
