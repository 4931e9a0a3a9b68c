package it.sportello.identity.web;

import java.util.Map;

import it.sportello.identity.KnownDepartments;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.identity.users.StaffUser;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.shared.DomainException;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration pages: list, create, enable and disable, reset a password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUsersController {

	private final StaffUserManagement users;

	private final ObjectProvider<KnownDepartments> departments;

	AdminUsersController(StaffUserManagement users, ObjectProvider<KnownDepartments> departments) {
		this.users = users;
		this.departments = departments;
	}

	@GetMapping
	String list(Model model) {
		return page(model, UserForm.empty());
	}

	@PostMapping
	String create(@Valid @ModelAttribute UserForm userForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				StaffUser created = users.create(userForm.toParameters());
				return done(redirect, "identity.admin.created", created.username());
			}
			catch (DomainException refusal) {
				BindingErrors.reject(binding, refusal, "username");
			}
		}
		return page(model, userForm);
	}

	@PostMapping("/{username}/enabling")
	String enable(@PathVariable String username, RedirectAttributes redirect) {
		users.enable(username);
		return done(redirect, "identity.admin.enabled", username);
	}

	@PostMapping("/{username}/disabling")
	String disable(@PathVariable String username, StaffMember me, RedirectAttributes redirect) {
		try {
			users.disable(username, me);
		}
		catch (DomainException refusal) {
			redirect.addFlashAttribute("error", refusal.code());
			redirect.addFlashAttribute("errorArgs", refusal.args());
			return "redirect:/admin/users";
		}
		return done(redirect, "identity.admin.disabled", username);
	}

	@PostMapping("/{username}/password-reset")
	String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
		String temporary = users.resetPassword(username);
		return done(redirect, "identity.admin.password-reset", username, temporary);
	}

	private static String done(RedirectAttributes redirect, String message, Object... args) {
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("messageArgs", args);
		return "redirect:/admin/users";
	}

	private String page(Model model, UserForm userForm) {
		model.addAttribute("users", users.all());
		model.addAttribute("roles", Role.values());
		KnownDepartments known = departments.getIfAvailable();
		model.addAttribute("departments", known == null ? Map.of() : known.namesByCode());
		model.addAttribute("userForm", userForm);
		return "identity/admin-users";
	}

}
