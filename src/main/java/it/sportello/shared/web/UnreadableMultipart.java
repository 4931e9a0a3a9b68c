package it.sportello.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body that cannot be parsed is the client's fault. Spring parses it before it looks for a handler,
 * so no controller's advice applies: this one applies to every request, and the error page answers (a problem
 * detail on the API), instead of a 500 with a stack trace in the log.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableMultipart {

	private final ErrorPages errors;

	UnreadableMultipart(ErrorPages errors) {
		this.errors = errors;
	}

	/** Answered here, not by sending an error: Tomcat renders no error page once reading the body failed. */
	@ExceptionHandler(MultipartException.class)
	Object unreadable(HttpServletRequest request) {
		return errors.answer(request, HttpStatus.BAD_REQUEST, "problem.multipart");
	}

}
