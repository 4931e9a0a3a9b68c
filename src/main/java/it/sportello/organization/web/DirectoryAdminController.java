package it.sportello.organization.web;

import it.sportello.identity.StaffMember;
import it.sportello.organization.Departments;
import it.sportello.organization.Directory;
import it.sportello.organization.internal.DirectoryChanges;
import it.sportello.organization.internal.DirectoryManagement;
import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for the structure and the directory: edit forms and the audit trail. */
@Controller
@RequestMapping("/admin/directory")
@PreAuthorize("hasRole('ADMIN')")
class DirectoryAdminController {

	private final Departments departments;

	private final Directory directory;

	private final DirectoryManagement management;

	private static final int CHANGES_PER_PAGE = 50;

	private final DirectoryChanges changes;

	DirectoryAdminController(Departments departments, Directory directory, DirectoryManagement management,
			DirectoryChanges changes) {
		this.departments = departments;
		this.directory = directory;
		this.management = management;
		this.changes = changes;
	}

	@GetMapping
	String index(@RequestParam(required = false) @Nullable String employee, Model model) {
		if (employee != null && !employee.isBlank()) {
			return "redirect:/admin/directory/employees/" + employee.strip();
		}
		model.addAttribute("structure", directory.structure());
		return "organization/admin";
	}

	@GetMapping("/changes")
	String changes(@RequestParam(required = false) @Nullable String key, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("changes", changes.page(key == null || key.isBlank() ? null : key.strip(),
				Math.max(0, page), CHANGES_PER_PAGE));
		model.addAttribute("key", key);
		return "organization/changes";
	}

	// departments

	@GetMapping("/departments/new")
	String newDepartment(Model model) {
		return departmentPage(model, DepartmentForm.empty(), true);
	}

	@GetMapping("/departments/{code}")
	String department(@PathVariable String code, Model model) {
		return departmentPage(model, DepartmentForm.of(departments.find(code)
			.orElseThrow(() -> new NotFoundException("department.not-found", code))), false);
	}

	@PostMapping("/departments")
	String createDepartment(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult binding, StaffMember me,
			Model model, RedirectAttributes redirect) {
		return save(binding, model, redirect, () -> management.createDepartment(NewKey.of(form.code(), "code"),
				form.toParameters(), me.username()), () -> departmentPage(model, form, true));
	}

	@PostMapping("/departments/{code}")
	String updateDepartment(@PathVariable String code, @Valid @ModelAttribute("form") DepartmentForm form,
			BindingResult binding, StaffMember me, Model model, RedirectAttributes redirect) {
		return save(binding, model, redirect, () -> management.updateDepartment(code, form.toParameters(), me.username()),
				() -> departmentPage(model, form, false));
	}

	@PostMapping("/departments/{code}/deletion")
	String deleteDepartment(@PathVariable String code, StaffMember me, RedirectAttributes redirect) {
		return delete(redirect, () -> management.deleteDepartment(code, me.username()));
	}

	// offices

	@GetMapping("/offices/new")
	String newOffice(@RequestParam(required = false) @Nullable String department, Model model) {
		OfficeForm empty = OfficeForm.empty();
		OfficeForm form = department == null ? empty
				: new OfficeForm(null, department, null, "", "UFFICIO", null, null, null, null, null, null, null);
		return officePage(model, form, true);
	}

	@GetMapping("/offices/{code}")
	String office(@PathVariable String code, Model model) {
		return officePage(model, OfficeForm.of(departments.findOffice(code)
			.orElseThrow(() -> new NotFoundException("directory.office.not-found", code))), false);
	}

	@PostMapping("/offices")
	String createOffice(@Valid @ModelAttribute("form") OfficeForm form, BindingResult binding, StaffMember me, Model model,
			RedirectAttributes redirect) {
		return save(binding, model, redirect,
				() -> management.createOffice(NewKey.of(form.code(), "code"), form.toParameters(), me.username()),
				() -> officePage(model, form, true));
	}

	@PostMapping("/offices/{code}")
	String updateOffice(@PathVariable String code, @Valid @ModelAttribute("form") OfficeForm form, BindingResult binding,
			StaffMember me, Model model, RedirectAttributes redirect) {
		return save(binding, model, redirect, () -> management.updateOffice(code, form.toParameters(), me.username()),
				() -> officePage(model, form, false));
	}

	@PostMapping("/offices/{code}/deletion")
	String deleteOffice(@PathVariable String code, StaffMember me, RedirectAttributes redirect) {
		return delete(redirect, () -> management.deleteOffice(code, me.username()));
	}

	// employees

	@GetMapping("/employees/new")
	String newEmployee(Model model) {
		return employeePage(model, EmployeeForm.empty(), true);
	}

	@GetMapping("/employees/{id}")
	String employee(@PathVariable String id, Model model) {
		return employeePage(model, EmployeeForm.of(directory.employee(id)
			.orElseThrow(() -> new NotFoundException("directory.employee.not-found", id))), false);
	}

	@PostMapping("/employees")
	String createEmployee(@Valid @ModelAttribute("form") EmployeeForm form, BindingResult binding, StaffMember me,
			Model model, RedirectAttributes redirect) {
		return save(binding, model, redirect,
				() -> management.createEmployee(NewKey.of(form.id(), "id"), form.toParameters(), me.username()),
				() -> employeePage(model, form, true));
	}

	@PostMapping("/employees/{id}")
	String updateEmployee(@PathVariable String id, @Valid @ModelAttribute("form") EmployeeForm form,
			BindingResult binding, StaffMember me, Model model, RedirectAttributes redirect) {
		return save(binding, model, redirect, () -> management.updateEmployee(id, form.toParameters(), me.username()),
				() -> employeePage(model, form, false));
	}

	@PostMapping("/employees/{id}/deletion")
	String deleteEmployee(@PathVariable String id, StaffMember me, RedirectAttributes redirect) {
		return delete(redirect, () -> management.deleteEmployee(id, me.username()));
	}

	private String save(BindingResult binding, Model model, RedirectAttributes redirect, Runnable change,
			java.util.function.Supplier<String> formPage) {
		if (!binding.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("message", "directory.admin.saved");
				return "redirect:/admin/directory";
			}
			catch (DomainException refusal) {
				String field = refusal instanceof InvalidInputException invalid ? invalid.field() : null;
				if (field != null && binding.getModel().containsKey("form")) {
					try {
						binding.rejectValue(field, refusal.code(), refusal.args(), refusal.code());
					}
					catch (RuntimeException notAField) {
						binding.reject(refusal.code(), refusal.args(), refusal.code());
					}
				}
				else {
					binding.reject(refusal.code(), refusal.args(), refusal.code());
				}
			}
		}
		return formPage.get();
	}

	private String delete(RedirectAttributes redirect, Runnable deletion) {
		try {
			deletion.run();
			redirect.addFlashAttribute("message", "directory.admin.deleted");
		}
		catch (DomainException refusal) {
			redirect.addFlashAttribute("error", refusal.code());
			redirect.addFlashAttribute("errorArgs", refusal.args());
		}
		return "redirect:/admin/directory";
	}

	private String departmentPage(Model model, DepartmentForm form, boolean creating) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		return "organization/admin-department";
	}

	private String officePage(Model model, OfficeForm form, boolean creating) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("departments", departments.all());
		model.addAttribute("types", java.util.List.of("UFFICIO", "URP", "STRUTTURA"));
		return "organization/admin-office";
	}

	private String employeePage(Model model, EmployeeForm form, boolean creating) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("structure", directory.structure());
		return "organization/admin-employee";
	}

}
