package it.sportello.shared.importing;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict mode reports every problem of a file at once, and keeps only the lines that passed. */
class StrictImportTests {

	@Test
	void reportsEveryProblemAtOnceWithItsLineAndKeepsTheGoodLines() {
		String csv = "\uFEFFid,name\nA,Anna\nB\nC,\nD,'=1+2\n";
		StrictImport.Result result = StrictImport.check("people.csv", new StringReader(csv), List.of("id", "name"),
				line -> {
					if (line.get("name") == null) {
						throw new LineRejected("name", "people.name-required");
					}
				});
		assertThat(result.hasProblems()).isTrue();
		assertThat(result.problems()).extracting(LineProblem::line, LineProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "import.csv.field-count"),
					org.assertj.core.groups.Tuple.tuple(4L, "people.name-required"));
		assertThat(result.lines()).extracting(line -> line.get("name")).containsExactly("Anna", "=1+2");
	}

}
