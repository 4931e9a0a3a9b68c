package it.sportello.shared.web;

import java.beans.PropertyEditorSupport;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form and query parameters bound to text: one with a control character is a type mismatch, so a form
 * object reports the field (code {@code typeMismatch}) and a single parameter is a 400 naming it.
 */
@ControllerAdvice
class ControlCharactersBinding {

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new CheckedTextEditor());
	}

	private static final class CheckedTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (text != null && ControlCharacters.in(text)) {
				throw new Refused();
			}
			setValue(text);
		}

	}

	/** The refusal; its message never quotes the value, which may be personal data. */
	static final class Refused extends IllegalArgumentException {

		Refused() {
			super("Text contains a control character");
		}

	}

}
