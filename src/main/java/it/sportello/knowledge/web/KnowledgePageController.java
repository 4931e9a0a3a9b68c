package it.sportello.knowledge.web;

import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.KnowledgeQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's pages: the list with its search box, and the sheet page operators answer from. */
@Controller
class KnowledgePageController {

	private static final int PAGE_SIZE = 20;

	private final KnowledgeQueries queries;

	KnowledgePageController(KnowledgeQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/knowledge")
	String portal(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			StaffMember me, Model model) {
		String query = q == null || q.isBlank() ? null : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("sheets", queries.sheets(query, null, null, Math.max(page, 0), PAGE_SIZE, me));
		return "knowledge/portal";
	}

	@GetMapping("/knowledge/sheets/{id}")
	String sheet(@PathVariable String id, StaffMember me, Model model) {
		model.addAttribute("sheet", queries.sheet(id, me));
		return "knowledge/sheet";
	}

}
