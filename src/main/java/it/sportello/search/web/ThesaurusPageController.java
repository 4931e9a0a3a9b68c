package it.sportello.search.web;

import java.util.Arrays;
import java.util.List;

import it.sportello.search.Thesaurus;
import it.sportello.search.Thesaurus.Draft;
import it.sportello.search.Thesaurus.Kind;
import it.sportello.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The back office's page of the search thesaurus: the list, a form to add a term, a button to remove one. */
@Controller
@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN')")
class ThesaurusPageController {

	private final Thesaurus thesaurus;

	ThesaurusPageController(Thesaurus thesaurus) {
		this.thesaurus = thesaurus;
	}

	@GetMapping("/admin/search-thesaurus")
	String page(Model model) {
		model.addAttribute("entries", thesaurus.entries());
		model.addAttribute("kinds", Kind.values());
		return "search/thesaurus";
	}

	@PostMapping("/admin/search-thesaurus")
	String add(@RequestParam(defaultValue = "") String term, @RequestParam(defaultValue = "") String expansions,
			@RequestParam(required = false) @Nullable Kind kind, Authentication user, RedirectAttributes redirect) {
		List<String> list = Arrays.stream(expansions.split(",")).map(String::strip).toList();
		try {
			thesaurus.add(new Draft(term, list, kind == null ? Kind.SYNONYM : kind), user.getName());
			redirect.addFlashAttribute("added", term);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", refused.code());
			redirect.addFlashAttribute("errorArgs", refused.args());
			redirect.addFlashAttribute("term", term);
			redirect.addFlashAttribute("expansions", expansions);
		}
		return "redirect:/admin/search-thesaurus";
	}

	@PostMapping("/admin/search-thesaurus/{id}/delete")
	String remove(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		thesaurus.remove(id, user.getName());
		redirect.addFlashAttribute("removed", true);
		return "redirect:/admin/search-thesaurus";
	}

}
