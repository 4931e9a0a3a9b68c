package it.sportello.ticketing.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * The annotated text, when present, has at most {@code max} characters, a line break counting as one whether it
 * came as LF (JSON) or CR LF (a form's textarea): the limit a browser's {@code maxlength} applies and the length the
 * ticket stores, so that the page and the API refuse the same texts. {@code @Size} would count CR LF twice.
 */
@Documented
@Constraint(validatedBy = TextSize.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface TextSize {

	String message() default "{ticket.text-too-long}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	int max();

	class Validator implements ConstraintValidator<TextSize, String> {

		private int max;

		@Override
		public void initialize(TextSize annotation) {
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || length(value) <= max;
		}

		/** Characters as stored: the text stripped, each CR LF or lone CR one line break. */
		static int length(String text) {
			String stripped = text.strip();
			int length = stripped.length();
			for (int i = 0; i + 1 < stripped.length(); i++) {
				if (stripped.charAt(i) == '\r' && stripped.charAt(i + 1) == '\n') {
					length--;
				}
			}
			return length;
		}

	}

}
