package it.sportello.identity.web;

import it.sportello.identity.bootstrap.FirstAdminSetup;
import it.sportello.shared.DomainException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The one-time page that creates the first administrator; gone once any user exists. */
@Controller
class SetupController {

	private final FirstAdminSetup setup;

	SetupController(FirstAdminSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/setup")
	String form(Model model) {
		if (!setup.isPossible()) {
			return "redirect:/login";
		}
		model.addAttribute("setupForm", SetupForm.empty());
		return "identity/setup";
	}

	@PostMapping("/setup")
	String complete(@Valid @ModelAttribute SetupForm setupForm, BindingResult binding) {
		if (!setup.isPossible()) {
			return "redirect:/login";
		}
		if (!setupForm.passwordsMatch()) {
			binding.rejectValue("passwordConfirmation", "identity.validation.password-mismatch");
		}
		if (binding.hasErrors()) {
			return "identity/setup";
		}
		try {
			setup.complete(setupForm.setupCode(), setupForm.username(), setupForm.displayName(), setupForm.password());
		}
		catch (DomainException refusal) {
			BindingErrors.reject(binding, refusal, "setupCode");
			return "identity/setup";
		}
		return "redirect:/login?setup";
	}

}
