package it.sportello.channels.portal.web;

import java.util.List;
import java.util.Locale;

import it.sportello.channels.portal.PortalRequest;
import it.sportello.channels.portal.PortalRequests;
import it.sportello.channels.portal.SubmittedRequest;
import it.sportello.shared.Channel;
import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.ratelimit.RetryAfterResponses;
import it.sportello.shared.ratelimit.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizens' web portal (S-CH1, the document's WAP channel as a mobile-first site): no login. A citizen sends a
 * request, follows it ({@code /traccia}), and reads the accessibility statement and the privacy notice.
 */
@Controller
class PortalPageController {

	private final PortalRequests requests;

	private final MessageSource messages;

	PortalPageController(PortalRequests requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	/** The form's fields; {@code website} is the honeypot, hidden from people and from assistive technology. */
	record RequestForm(@Nullable String categoryCode, @Nullable String text, @Nullable String firstName,
			@Nullable String lastName, @Nullable String fiscalCode, @Nullable String email, @Nullable String phone,
			@Nullable Channel preferredChannel, @Nullable Boolean privacyConsent, @Nullable String website) {

		static RequestForm empty(String category) {
			return new RequestForm(category, null, null, null, null, null, null, null, null, null);
		}

	}

	@GetMapping("/portale")
	String home() {
		return "channels/portal/home";
	}

	@GetMapping("/portale/accessibilita")
	String accessibility() {
		return "channels/portal/accessibility";
	}

	@GetMapping("/portale/privacy")
	String privacy() {
		return "channels/portal/privacy";
	}

	@GetMapping("/portale/richiesta")
	String form(Model model, Locale locale) {
		return form(model, locale, RequestForm.empty(requests.defaultCategory()));
	}

	@PostMapping("/portale/richiesta")
	String submit(@ModelAttribute RequestForm form,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			SubmittedRequest submitted = requests.submit(new PortalRequest(form.categoryCode(), form.text(),
					form.firstName(), form.lastName(), form.fiscalCode(), form.email(), form.phone(),
					form.preferredChannel(), Boolean.TRUE.equals(form.privacyConsent()), form.website(), PortalApiController.uploads(files)),
					request.getRemoteAddr());
			// Strings: flash attributes go through the session, which is stored (serialised) in the database.
			redirect.addFlashAttribute("number", submitted.number());
			redirect.addFlashAttribute("accessCode", submitted.accessCode());
			return "redirect:/portale/richiesta/inviata";
		}
		catch (TooManyAttemptsException refused) {
			throw refused;
		}
		catch (DomainException refused) {
			response.setStatus(refused.status().value());
			model.addAttribute("errorField", refused instanceof InvalidInputException invalid ? invalid.field() : "files");
			model.addAttribute("errorMessage", messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
			return form(model, locale, form);
		}
	}

	@GetMapping("/portale/richiesta/inviata")
	String submitted(Model model) {
		if (!model.containsAttribute("number")) {
			// Reloaded: the number and code are shown once, with the answer to the form.
			return "redirect:/portale";
		}
		return "channels/portal/submitted";
	}

	@ExceptionHandler
	ModelAndView tooManyRequests(TooManyAttemptsException refused, Locale locale, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		return RetryAfterResponses.page(refused, messages, locale);
	}

	private String form(Model model, Locale locale, RequestForm form) {
		model.addAttribute("form", form);
		model.addAttribute("categories", requests.categories(locale));
		model.addAttribute("limits", requests.limits());
		return "channels/portal/request";
	}

}
