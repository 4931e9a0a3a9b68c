package it.sportello.ticketing.web;

import it.sportello.ticketing.internal.CategoryCatalog;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the list of ticket categories and their service-level targets. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CategoryPageController {

	private final CategoryCatalog catalog;

	CategoryPageController(CategoryCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/admin/categories")
	String list(Model model) {
		model.addAttribute("form", new CategoryForm("", "", null, 5, true, 100));
		return render(model);
	}

	@PostMapping("/admin/categories")
	String save(@Valid @ModelAttribute("form") CategoryForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return render(model);
		}
		catalog.save(form.code(), form.label(), form.labelEn(), form.targetWorkingDays(), form.isActive(),
				form.position());
		redirect.addFlashAttribute("saved", form.code());
		return "redirect:/admin/categories";
	}

	private String render(Model model) {
		model.addAttribute("categories", catalog.all());
		return "ticketing/categories";
	}

}
