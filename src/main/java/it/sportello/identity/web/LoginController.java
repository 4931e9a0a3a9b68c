package it.sportello.identity.web;

import it.sportello.identity.bootstrap.SetupCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security processes the form it posts. */
@Controller
class LoginController {

	private final SetupCode setupCode;

	LoginController(SetupCode setupCode) {
		this.setupCode = setupCode;
	}

	@GetMapping("/login")
	String login(@Nullable Authentication authentication, @RequestParam(required = false) @Nullable Integer locked,
			Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("lockedMinutes", locked);
		model.addAttribute("setupAvailable", setupCode.isActive());
		return "identity/login";
	}

}
