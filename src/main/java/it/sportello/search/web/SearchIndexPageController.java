package it.sportello.search.web;

import it.sportello.search.RebuildInProgressException;
import it.sportello.search.RebuildReport;
import it.sportello.search.SearchIndexes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page with the rebuild button. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SearchIndexPageController {

	private final SearchIndexes indexes;

	SearchIndexPageController(SearchIndexes indexes) {
		this.indexes = indexes;
	}

	@GetMapping("/admin/search-index")
	String page(Model model) {
		model.addAttribute("rebuilding", indexes.rebuilding());
		return "search/index-admin";
	}

	@PostMapping("/admin/search-index/rebuild")
	String rebuild(RedirectAttributes redirect) {
		try {
			RebuildReport report = indexes.rebuild();
			redirect.addFlashAttribute("report", report);
		}
		catch (RebuildInProgressException running) {
			redirect.addFlashAttribute("busy", true);
		}
		return "redirect:/admin/search-index";
	}

}
