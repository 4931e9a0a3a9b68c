package it.sportello.shared.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Values a spreadsheet would evaluate get a leading {@code '}, and lose it again on import. */
class FormulaGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+2", "+39 0971 1", "-Rossi", "@SUM(A1)", "\tRossi", "\rRossi",
			"=HYPERLINK(\"http://x\";\"clic\")" })
	void aValueAFormulaCouldStartWithIsProtectedAndRestored(String value) {
		String written = FormulaGuard.protect(value);
		assertThat(written).isEqualTo("'" + value);
		assertThat(FormulaGuard.unprotect(written)).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Rossi", "D'Angelo", "'Ndrangheta", "3512", "", "''" })
	void anyOtherValueIsWrittenAndReadAsItIs(String value) {
		assertThat(FormulaGuard.protect(value)).isEqualTo(value);
		assertThat(FormulaGuard.unprotect(value)).isEqualTo(value);
	}

}
