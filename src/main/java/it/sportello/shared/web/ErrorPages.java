package it.sportello.shared.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to every error that reaches the servlet container's error page: a refusal of the security
 * firewall, a 404 no controller handled, a body that cannot even be parsed. A request to the API gets a problem
 * detail whatever it accepts; any other request gets the HTML error page (a browser asks for {@code *}{@code /*}
 * too). Takes the place of Spring Boot's error controller, which answers its own JSON.
 */
@Controller
class ErrorPages implements ErrorController {

	/** A refusal sent before Spring MVC could answer sets the code of the message to show here. */
	static final String MESSAGE = ErrorPages.class.getName() + ".MESSAGE";

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	Object error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		return answer(request, status, messageCode(request, status));
	}

	/** A problem detail for the API, the error page for anything else, saying the message of {@code code}. */
	Object answer(HttpServletRequest request, HttpStatus status, String code) {
		String path = originalPath(request);
		Locale locale = LocaleContextHolder.getLocale();
		String detail = messages.getMessage(code, null, messages.getMessage("error.title", null, locale), locale);
		if (path.startsWith(PrefixFilteredHandlerMapping.API)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("shared/error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", detail);
		return page;
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String messageCode(HttpServletRequest request, HttpStatus status) {
		if (request.getAttribute(MESSAGE) instanceof String code) {
			return code;
		}
		return switch (status) {
			case FORBIDDEN -> "problem.forbidden";
			case CONTENT_TOO_LARGE -> "problem.too-large";
			default -> "problem.http." + status.value();
		};
	}

	/** The path the client asked for, without the context path; the error dispatch's own is the error page's. */
	static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String original ? original : request.getRequestURI();
		String context = request.getContextPath();
		return path.startsWith(context) ? path.substring(context.length()) : path;
	}

}
