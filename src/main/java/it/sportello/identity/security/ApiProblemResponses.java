package it.sportello.identity.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the API's 401, 403 and 429 as RFC 9457 problem details. These happen in the security
 * filters, before Spring MVC and its exception handlers, so the locale is resolved here.
 */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final String TYPES = "https://sportello.example/problems/";

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ApiProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (failure instanceof LoginThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf((throttled.retryAfter().toMillis() + 999) / 1000));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "identity-login-throttled",
					"identity.api.throttled", throttled.retryAfterMinutes());
			return;
		}
		// Both schemes are offered; no "Basic" first, so browsers do not pop up a password dialog.
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Sportello\"");
		if (failure instanceof InvalidApiTokenException) {
			write(request, response, HttpStatus.UNAUTHORIZED, "identity-invalid-token", "identity.api.invalid-token");
		}
		else if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			write(request, response, HttpStatus.UNAUTHORIZED, "identity-bad-credentials", "identity.api.bad-credentials");
		}
		else {
			write(request, response, HttpStatus.UNAUTHORIZED, "identity-unauthenticated", "identity.api.unauthenticated");
		}
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "identity-forbidden", "problem.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String code, Object... args) throws IOException {
		Locale locale = locales.resolveLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", TYPES + type);
		problem.put("title", messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage(code, args, code, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
		response.getWriter().write(json.writeValueAsString(problem));
	}

}
