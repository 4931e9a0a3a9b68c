package it.sportello.shared.web;

import java.util.Locale;

import it.sportello.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
		Locale locale = LocaleContextHolder.getLocale();
		ModelAndView view = new ModelAndView("shared/error");
		view.setStatus(ex.status());
		view.addObject("status", ex.status().value());
		view.addObject("message", messages.getMessage(ex.code(), ex.args(), ex.code(), locale));
		return view;
	}

}
