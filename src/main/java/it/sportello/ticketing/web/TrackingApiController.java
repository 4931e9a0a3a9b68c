package it.sportello.ticketing.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;

import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.shared.NotFoundException;
import it.sportello.shared.ratelimit.RetryAfterResponses;
import it.sportello.shared.ratelimit.TooManyAttemptsException;
import it.sportello.ticketing.internal.PublicTracking;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** S-TT12, for machines: a citizen-facing portal asks where a request stands. No login needed. */
@RestController
@Tag(name = "Public tracking", description = "A citizen follows a request by its ticket number")
class TrackingApiController {

	private final PublicTracking tracking;

	private final MessageSource messages;

	TrackingApiController(PublicTracking tracking, MessageSource messages) {
		this.tracking = tracking;
		this.messages = messages;
	}

	record TrackingRequest(@NotBlank @Size(max = 20) String number, @NotBlank @Size(max = 200) String proof) {
	}

	@PostMapping("/api/v1/public/tracking")
	@Operation(summary = "State of a request, given its number and the citizen's fiscal code, phone or e-mail")
	PublicTracking.Status track(@Valid @RequestBody TrackingRequest request, HttpServletRequest http) {
		return tracking.track(request.number(), request.proof(), http.getRemoteAddr())
			.orElseThrow(() -> new NotFoundException("tracking.not-found"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException refused, Locale locale) {
		return RetryAfterResponses.problem(refused, messages, locale);
	}

}
