package it.sportello.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ValidationConstraintsTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	record Form(@ValidFiscalCode @Nullable String fiscalCode, @ValidPhoneNumber @Nullable String phone) {
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void acceptsValidValuesAndAbsentOnes() {
		assertThat(validator.validate(new Form("RSSMRA85T10A562S", "0971 664002"))).isEmpty();
		assertThat(validator.validate(new Form(null, null))).isEmpty();
		assertThat(validator.validate(new Form(" ", ""))).isEmpty();
	}

	@Test
	void reportsEachInvalidField() {
		assertThat(validator.validate(new Form("RSSMRA85T10A562T", "12")))
			.extracting(violation -> violation.getPropertyPath().toString())
			.containsExactlyInAnyOrder("fiscalCode", "phone");
	}

}
