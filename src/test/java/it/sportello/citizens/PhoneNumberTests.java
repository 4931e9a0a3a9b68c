package it.sportello.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0971 664002|+390971664002", "0835 288001|+390835288001",
			"+39 333 1234567|+393331234567", "333-1234567|+393331234567", "0039 333 1234567|+393331234567",
			"(0971) 66.40.02|+390971664002", "+41 44 668 18 00|+41446681800" })
	void normalisesToE164ReadingNumbersAsItalian(String typed, String e164) {
		assertThat(PhoneNumber.parse(typed).e164()).isEqualTo(e164);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "123", "abc", "333", "+39 12", "0971 664002 664002 664002 664002 664002" })
	void refusesInvalidNumbersNamingTheFieldPhone(String typed) {
		assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo("phone"));
	}

	@Test
	void showsItalianNumbersAsItaliansWriteThemAndForeignOnesWithTheirPrefix() {
		assertThat(PhoneNumber.parse("+393331234567").display()).isEqualTo("333 123 4567");
		assertThat(PhoneNumber.parse("0971664002").display()).isEqualTo("0971 664002");
		assertThat(PhoneNumber.parse("+33 1 23 45 67 89").display()).isEqualTo("+33 1 23 45 67 89");
	}

	@Test
	void acceptsOnlyCanonicalFormInItsConstructor() {
		assertThat(new PhoneNumber("+390971664002").international()).isEqualTo("+39 0971 664002");
		assertThatThrownBy(() -> new PhoneNumber("0971 664002")).isInstanceOf(InvalidInputException.class);
	}

}
