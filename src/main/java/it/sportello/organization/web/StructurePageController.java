package it.sportello.organization.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.sportello.organization.DepartmentCard;
import it.sportello.organization.Directory;
import it.sportello.organization.OfficeView;
import it.sportello.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The structure browser, office cards and person cards (S-KB3, S-KB4, S-KB7), for every staff member. */
@Controller
@PreAuthorize("isAuthenticated()")
class StructurePageController {

	/** A department's offices as a tree: the roots, and each office's children, both in chart order. */
	record Tree(DepartmentCard card, List<OfficeView> roots, Map<String, List<OfficeView>> children) {

		static Tree of(DepartmentCard card) {
			Map<String, List<OfficeView>> children = new LinkedHashMap<>();
			List<OfficeView> roots = new ArrayList<>();
			for (OfficeView office : card.offices()) {
				if (office.parentCode() == null || card.offices().stream().noneMatch(o -> o.code().equals(office.parentCode()))) {
					roots.add(office);
				}
				else {
					children.computeIfAbsent(office.parentCode(), key -> new ArrayList<>()).add(office);
				}
			}
			return new Tree(card, roots, children);
		}

		public List<OfficeView> childrenOf(String code) {
			return children.getOrDefault(code, List.of());
		}

	}

	private final Directory directory;

	StructurePageController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/structure")
	String structure(Model model) {
		model.addAttribute("trees", directory.structure().stream().map(Tree::of).toList());
		return "organization/structure";
	}

	@GetMapping("/structure/offices/{code}")
	String office(@PathVariable String code, Model model) {
		model.addAttribute("card",
				directory.officeCard(code).orElseThrow(() -> new NotFoundException("directory.office.not-found", code)));
		return "organization/office";
	}

	@GetMapping("/directory/employees/{id}")
	String employee(@PathVariable String id, Model model) {
		model.addAttribute("person",
				directory.employee(id).orElseThrow(() -> new NotFoundException("directory.employee.not-found", id)));
		return "organization/employee";
	}

}
