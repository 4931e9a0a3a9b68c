package it.sportello.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import it.sportello.organization.ImportProblem;
import org.junit.jupiter.api.Test;

class CsvFileTests {

	private static final List<String> COLUMNS = List.of("code", "name", "hours");

	private static CsvFile parse(String text) {
		return CsvFile.parse("x.csv", text.getBytes(StandardCharsets.UTF_8), COLUMNS);
	}

	@Test
	void readsSemicolonSeparatedCrlfWithQuotedSeparatorsAndDoubledQuotes() {
		CsvFile file = parse("code;name;hours\r\nA;\"Ufficio \"\"Bollo\"\"\";\"lun 9:00-13:00; mar 15:00-17:00\"\r\n");

		assertThat(file.problems()).isEmpty();
		assertThat(file.rows()).singleElement().satisfies(row -> {
			assertThat(row.get("name")).isEqualTo("Ufficio \"Bollo\"");
			assertThat(row.get("hours")).isEqualTo("lun 9:00-13:00; mar 15:00-17:00");
			assertThat(row.line()).isEqualTo(2);
		});
	}

	@Test
	void detectsCommaAsSeparatorFromTheHeader() {
		CsvFile file = parse("code,name,hours\nA,Ufficio,\"lun, mer 9:00-13:00\"\n");

		assertThat(file.rows()).singleElement().satisfies(row -> assertThat(row.get("hours")).isEqualTo("lun, mer 9:00-13:00"));
	}

	@Test
	void ignoresAByteOrderMark() {
		CsvFile file = parse("\uFEFFcode;name;hours\nA;Ufficio;\n");

		assertThat(file.problems()).isEmpty();
		assertThat(file.rows()).singleElement().satisfies(row -> {
			assertThat(row.get("code")).isEqualTo("A");
			assertThat(row.get("hours")).isNull();
		});
	}

	@Test
	void countsLinesOfQuotedLineBreaksSoThatLaterProblemsPointAtTheRightLine() {
		CsvFile file = parse("code;name;hours\r\nA;\"two\r\nlines\";x\r\nB;too;many;fields\r\nC;ok;\r\n");

		assertThat(file.problems()).singleElement()
			.satisfies(problem -> {
				assertThat(problem.line()).isEqualTo(4);
				assertThat(problem.code()).isEqualTo("import.csv.field-count");
				assertThat(problem.arguments()).containsExactly(4, 3);
			});
		assertThat(file.rows()).extracting(CsvRow::line).containsExactly(2, 5);
	}

	@Test
	void reportsAHeaderWithoutTheExpectedColumns() {
		CsvFile file = parse("code;nome;hours\nA;B;C\n");

		assertThat(file.problems()).extracting(ImportProblem::line, ImportProblem::code, ImportProblem::arguments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "import.csv.columns-missing", List.of("name")));
	}

	@Test
	void skipsBlankLinesAtTheEnd() {
		assertThat(parse("code;name;hours\nA;B;C\n\n").rows()).hasSize(1);
	}

}
