package it.sportello.identity.web;

import it.sportello.identity.StaffMember;
import it.sportello.identity.tokens.ApiTokenManagement;
import it.sportello.identity.tokens.IssuedToken;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.shared.DomainException;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own profile: their details, their API tokens, their password. */
@Controller
class ProfileController {

	private final ApiTokenManagement tokens;

	private final StaffUserManagement users;

	ProfileController(ApiTokenManagement tokens, StaffUserManagement users) {
		this.tokens = tokens;
		this.users = users;
	}

	@GetMapping("/profile")
	String profile(StaffMember me, Model model) {
		return page(me, model, TokenForm.empty(), PasswordChangeForm.empty());
	}

	@PostMapping("/profile/tokens")
	String createToken(StaffMember me, @Valid @ModelAttribute TokenForm tokenForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				IssuedToken issued = tokens.create(me.username(), tokenForm.name());
				// Flash: shown once on the next page, then gone from the session.
				redirect.addFlashAttribute("issuedTokenName", issued.token().name());
				redirect.addFlashAttribute("issuedTokenSecret", issued.secret().value());
				return "redirect:/profile";
			}
			catch (DomainException refusal) {
				BindingErrors.reject(binding, refusal, "name");
			}
		}
		return page(me, model, tokenForm, PasswordChangeForm.empty());
	}

	@PostMapping("/profile/tokens/{id}/revocation")
	String revokeToken(StaffMember me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			tokens.revoke(me.username(), id);
			redirect.addFlashAttribute("message", "identity.profile.token.revoked");
		}
		catch (DomainException refusal) {
			// Revoked twice (two tabs) or not theirs: say so rather than fail.
			redirect.addFlashAttribute("error", refusal.code());
		}
		return "redirect:/profile";
	}

	@PostMapping("/profile/contacts")
	String changeContacts(StaffMember me, @Valid @ModelAttribute ContactsForm contactsForm, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				users.changeContacts(me.username(), contactsForm.phoneExtension(), contactsForm.email());
				redirect.addFlashAttribute("message", "identity.profile.contacts.changed");
				return "redirect:/profile";
			}
			catch (DomainException refusal) {
				BindingErrors.reject(binding, refusal, "phoneExtension");
			}
		}
		model.addAttribute("contactsForm", contactsForm);
		return page(me, model, TokenForm.empty(), PasswordChangeForm.empty());
	}

	@PostMapping("/profile/password")
	String changePassword(StaffMember me, @Valid @ModelAttribute PasswordChangeForm passwordChangeForm,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpSession session) {
		if (!passwordChangeForm.passwordsMatch()) {
			binding.rejectValue("passwordConfirmation", "identity.validation.password-mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				users.changeOwnPassword(me.username(), passwordChangeForm.currentPassword(),
						passwordChangeForm.newPassword(), session.getId());
				redirect.addFlashAttribute("message", "identity.profile.password.changed");
				return "redirect:/profile";
			}
			catch (DomainException refusal) {
				BindingErrors.reject(binding, refusal, "currentPassword");
			}
		}
		return page(me, model, TokenForm.empty(), passwordChangeForm);
	}

	private String page(StaffMember me, Model model, TokenForm tokenForm, PasswordChangeForm passwordChangeForm) {
		model.addAttribute("me", me);
		model.addAttribute("tokens", tokens.activeTokens(me.username()));
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", tokenForm);
		}
		if (!model.containsAttribute("contactsForm")) {
			model.addAttribute("contactsForm", users.findAccount(me.username())
				.map(account -> new ContactsForm(account.phoneExtension(), account.email()))
				.orElse(new ContactsForm(null, null)));
		}
		if (!model.containsAttribute("passwordChangeForm")) {
			model.addAttribute("passwordChangeForm", passwordChangeForm);
		}
		return "identity/profile";
	}

}
