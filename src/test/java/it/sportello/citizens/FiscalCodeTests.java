package it.sportello.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "RSSMRA85T10A562S", // the classic example: Mario Rossi, 10/12/1985, Roma
			"BNCLRA90A41H501F", // a woman: day 01 + 40
			"VRDGPP70M01F205M", "rssmra85t10a562s", " RSSMRA 85T10 A562S " })
	void acceptsValidPersonalCodes(String code) {
		assertThat(FiscalCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "RSSMRA85T10A56NH", // last digit of the town code replaced (6 -> N... 2 -> N)
			"RSSMRALRT10A562P", // year 85 written as L R
			"RSSMRA85T1MA562J" // day 10 written as 1 M
	})
	void acceptsOmocodicVariants(String code) {
		assertThat(FiscalCode.isValid(code)).isTrue();
	}

	@Test
	void computesTheOfficialCheckCharacter() {
		assertThat(FiscalCode.personalCheckCharacter("RSSMRA85T10A562")).isEqualTo('S');
	}

	@Test
	void rejectsFiscalCodeWithWrongCheckCharacter() {
		assertThat(FiscalCode.isValid("RSSMRA85T10A562T")).isFalse();
	}

	@Test
	void rejectsWrongMonthLetter() {
		// F is not a month letter (the months are A B C D E H L M P R S T)
		String withF = "RSSMRA85F10A562";
		assertThat(FiscalCode.isValid(withF + FiscalCode.personalCheckCharacter(withF))).isFalse();
	}

	@Test
	void rejectsImpossibleDays() {
		String day35 = "RSSMRA85T35A562";
		String day72 = "RSSMRA85T72A562";
		assertThat(FiscalCode.isValid(day35 + FiscalCode.personalCheckCharacter(day35))).isFalse();
		assertThat(FiscalCode.isValid(day72 + FiscalCode.personalCheckCharacter(day72))).isFalse();
	}

	@Test
	void rejectsLettersThatAreNotOmocodiaSubstitutes() {
		String withA = "RSSMRA8AT10A562";
		assertThat(FiscalCode.isValid(withA + FiscalCode.personalCheckCharacter(withA))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "00743110157", "12345678903", "80014930327", "02438750586" })
	void acceptsCompanyCodesWithTheirCheckDigit(String code) {
		assertThat(FiscalCode.isValid(code)).isTrue();
		assertThat(new FiscalCode(code).isCompany()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "00743110158", "12345678901", "01234567890", "0074311015", "007431101570" })
	void rejectsCompanyCodesWithWrongCheckDigitOrLength(String code) {
		assertThat(FiscalCode.isValid(code)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "RSSMRA85T10A562", "RSSMRA85T10A562SS", "1SSMRA85T10A562S", "RSSMRA85T10A5-2S" })
	void rejectsMalformedText(String code) {
		assertThat(FiscalCode.isValid(code)).isFalse();
	}

	@Test
	void normalisesToUpperCaseWithoutSpaces() {
		assertThat(new FiscalCode(" rssmra85t10a562s ").value()).isEqualTo("RSSMRA85T10A562S");
		assertThat(new FiscalCode("RSSMRA85T10A562S").isCompany()).isFalse();
	}

	@Test
	void refusesInvalidCodesNamingTheField() {
		assertThatThrownBy(() -> new FiscalCode("RSSMRA85T10A562T")).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> {
					assertThat(ex.field()).isEqualTo("fiscalCode");
					assertThat(ex.code()).isEqualTo("citizen.fiscal-code.invalid");
				});
	}

}
