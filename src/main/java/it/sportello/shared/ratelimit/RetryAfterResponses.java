package it.sportello.shared.ratelimit;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 429 of a {@link TooManyAttemptsException}, with the {@code Retry-After} a client needs to know when to
 * come back: a problem detail for the API, the error page for a page. A controller whose action is limited
 * answers its own refusals with these, ahead of the general error handling, which sets no headers.
 */
public final class RetryAfterResponses {

	private RetryAfterResponses() {
	}

	public static ResponseEntity<ProblemDetail> problem(TooManyAttemptsException refused, MessageSource messages,
			Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
		problem.setTitle(messages.getMessage("problem.title.429", null, "Too Many Requests", locale));
		problem.setType(URI.create("https://sportello.example/problems/" + refused.code().replace('.', '-')));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()))
			.body(problem);
	}

	/** The layout's error page ({@code shared/error}) with the reason; the caller sets the header on its response. */
	public static ModelAndView page(TooManyAttemptsException refused, MessageSource messages, Locale locale) {
		ModelAndView view = new ModelAndView("shared/error");
		view.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		view.addObject("status", HttpStatus.TOO_MANY_REQUESTS.value());
		view.addObject("message", messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
		return view;
	}

}
