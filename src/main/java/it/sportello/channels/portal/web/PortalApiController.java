package it.sportello.channels.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.channels.portal.PortalRequest;
import it.sportello.channels.portal.PortalRequests;
import it.sportello.channels.portal.SubmittedRequest;
import it.sportello.shared.Channel;
import it.sportello.shared.ratelimit.RetryAfterResponses;
import it.sportello.shared.ratelimit.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The portal's requests for machines (an app, the administration's own site): no login, limited per address. */
@RestController
@Tag(name = "Citizens' portal", description = "A citizen sends a request that opens a ticket of channel WEB")
class PortalApiController {

	private final PortalRequests requests;

	private final MessageSource messages;

	PortalApiController(PortalRequests requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	/** The request as JSON; {@code website} is the honeypot a person never fills. */
	record RequestBodyJson(@Nullable String categoryCode, @Nullable String text, @Nullable String firstName,
			@Nullable String lastName, @Nullable String fiscalCode, @Nullable String email, @Nullable String phone,
			@Nullable Channel preferredChannel, @Nullable Boolean privacyConsent, @Nullable String website) {

		PortalRequest toRequest(List<PortalRequest.Upload> files) {
			return new PortalRequest(categoryCode, text, firstName, lastName, fiscalCode, email, phone,
					preferredChannel, Boolean.TRUE.equals(privacyConsent), website, files);
		}

	}

	@PostMapping(path = "/api/v1/public/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send a request (opens a ticket of channel WEB)",
			description = "Answers the ticket number and the access code to follow it with (POST /api/v1/public/tracking).")
	SubmittedRequest submitJson(@RequestBody RequestBodyJson body, HttpServletRequest http) {
		return requests.submit(body.toRequest(List.of()), http.getRemoteAddr());
	}

	@PostMapping(path = "/api/v1/public/requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send a request with attachments (multipart: the JSON fields as parts, files as 'files')")
	SubmittedRequest submitMultipart(@ModelAttribute RequestBodyJson body,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files, HttpServletRequest http) {
		return requests.submit(body.toRequest(uploads(files)), http.getRemoteAddr());
	}

	static List<PortalRequest.Upload> uploads(@Nullable List<MultipartFile> files) {
		List<PortalRequest.Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue; // the form's file field left empty
			}
			try {
				String name = file.getOriginalFilename() == null ? "allegato" : file.getOriginalFilename();
				uploads.add(new PortalRequest.Upload(name, file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyRequests(TooManyAttemptsException refused, Locale locale) {
		return RetryAfterResponses.problem(refused, messages, locale);
	}

}
