package it.sportello.channels.survey.web;

import java.util.Locale;

import it.sportello.channels.survey.Surveys;
import it.sportello.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The citizen's survey page (public, by its token) and the manager's results page. */
@Controller
class SurveyPageController {

	private final Surveys surveys;

	private final MessageSource messages;

	SurveyPageController(Surveys surveys, MessageSource messages) {
		this.surveys = surveys;
		this.messages = messages;
	}

	@GetMapping("/sondaggio/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("open", surveys.isOpen(token));
		return "channels/survey/form";
	}

	@PostMapping("/sondaggio/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) @Nullable Integer usefulness,
			@RequestParam(required = false) @Nullable Integer speed, @RequestParam(required = false) @Nullable String comment,
			Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("token", token);
		try {
			surveys.answer(token, usefulness, speed, comment);
			model.addAttribute("thanks", true);
			model.addAttribute("open", false);
		}
		catch (DomainException refused) {
			response.setStatus(refused.status().value());
			model.addAttribute("open", refused.status() != HttpStatus.CONFLICT);
			model.addAttribute("errorMessage", messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
		}
		return "channels/survey/form";
	}

	@GetMapping("/soddisfazione")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	String results(Model model) {
		model.addAttribute("results", surveys.results());
		model.addAttribute("comments", surveys.comments());
		return "channels/survey/results";
	}

}
