package it.sportello.channels.phone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers as switches send them are one E.164 number, read as Italian, the landline's leading 0 kept. */
class CallerNumbersTests {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "0971 664002, +390971664002", "+390971664002, +390971664002", "00390971664002, +390971664002",
			"390971664002, +390971664002", "333 1234567, +393331234567", "393331234567, +393331234567",
			"+33 1 23 45 67 89, +33123456789", "201, 201", "anonymous, anonymous" })
	void readsNumbersAsItalianKeepingWhatIsNotANumber(String raw, String normalized) {
		assertThat(CallerNumbers.normalized(raw)).isEqualTo(normalized);
	}

}
