package it.sportello.ticketing.web;

import java.util.Locale;

import it.sportello.shared.ratelimit.RetryAfterResponses;
import it.sportello.shared.ratelimit.TooManyAttemptsException;
import it.sportello.ticketing.internal.PublicTracking;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** S-TT12: the public page where a citizen follows a request by its ticket number. */
@Controller
class TrackingPageController {

	private final PublicTracking tracking;

	private final MessageSource messages;

	TrackingPageController(PublicTracking tracking, MessageSource messages) {
		this.tracking = tracking;
		this.messages = messages;
	}

	@GetMapping("/traccia")
	String form() {
		return "ticketing/tracking";
	}

	@PostMapping("/traccia")
	String track(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String proof,
			HttpServletRequest request, Model model) {
		model.addAttribute("number", number);
		PublicTracking.@Nullable Status status = tracking.track(number, proof, request.getRemoteAddr()).orElse(null);
		model.addAttribute("status", status);
		model.addAttribute("notFound", status == null);
		return "ticketing/tracking";
	}

	@ExceptionHandler
	ModelAndView tooManyAttempts(TooManyAttemptsException refused, Locale locale, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
		return RetryAfterResponses.page(refused, messages, locale);
	}

}
