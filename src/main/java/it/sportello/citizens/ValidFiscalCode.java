package it.sportello.citizens;

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
 * The annotated text, when present, is a valid personal (16 characters) or company (11 digits) fiscal
 * code, spaces and case ignored. Null or blank is accepted: add {@code @NotBlank} when it is required.
 */
@Documented
@Constraint(validatedBy = ValidFiscalCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidFiscalCode {

	String message() default "{citizen.fiscal-code.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks with {@link FiscalCode#isValid(String)}. */
	class Validator implements ConstraintValidator<ValidFiscalCode, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || FiscalCode.isValid(value);
		}

	}

}
