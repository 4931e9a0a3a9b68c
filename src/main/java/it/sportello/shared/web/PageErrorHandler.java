package it.sportello.shared.web;

import java.time.DateTimeException;
import java.util.Locale;

import it.sportello.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** A refused request on a page shows the reason in the layout, with the right HTTP status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

	private final MessageSource messages;

	PageErrorHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException ex) {
		return error(ex.status(), ex.code(), ex.args());
	}

	/** A form or query parameter that cannot be read: a text with a control character, an unknown choice. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST,
				ex.getMostSpecificCause() instanceof ControlCharactersBinding.Refused
						? "problem.control-character.parameter" : "problem.invalid-parameter",
				ex.getName());
	}

	/** As for the API: a date or number too far out of range for the computations on it. */
	@ExceptionHandler({ DateTimeException.class, ArithmeticException.class })
	ModelAndView outOfRange(RuntimeException ex) {
		return error(HttpStatus.BAD_REQUEST, "problem.out-of-range");
	}

	/** As for the API: a value the database refused is the request's fault, and its message is not shown or logged. */
	@ExceptionHandler(DataAccessException.class)
	ModelAndView dataRefused(DataAccessException ex) {
		if (!RefusedValues.causedBy(ex)) {
			throw ex;
		}
		return error(HttpStatus.BAD_REQUEST, RefusedValues.messageCode(ex));
	}

	private ModelAndView error(HttpStatus status, String code, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		ModelAndView view = new ModelAndView("shared/error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("message", messages.getMessage(code, args, code, locale));
		return view;
	}

}
