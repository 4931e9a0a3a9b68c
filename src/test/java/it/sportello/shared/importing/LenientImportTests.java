package it.sportello.shared.importing;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lenient streaming mode on a generated switch log of a million lines (about 40 MB, made as it is read):
 * bad lines are skipped and reported with their line number and reason, the rest go on, and the report stays
 * small.
 */
class LenientImportTests {

	private static final long LINES = 1_000_000;

	@Test
	void skipsAndReportsBadLinesOfALargeStreamAndImportsTheRest() {
		// Line n (2 = first data line): every 1000th has a field too many, every 777th a duration that is no number.
		GeneratedCsv log = new GeneratedCsv("time;queue;agent;duration", LINES, n -> {
			if (n % 1000 == 0) {
				return n + ";Q1;SIP/" + n + ";12;extra";
			}
			return n + ";Q1;SIP/" + n + ";" + (n % 777 == 0 ? "dodici" : "12");
		});
		long[] seconds = { 0 };

		LenientImport.Report report = LenientImport.run("queue_log.csv", log, List.of("time", "queue", "duration"),
				line -> {
					String duration = line.get("duration");
					if (duration == null || !duration.chars().allMatch(Character::isDigit)) {
						throw new LineRejected("duration", "telephony.duration-invalid", duration);
					}
					seconds[0] += Long.parseLong(duration);
				}, 20);

		long wrongCount = countMultiples(1000);
		long notNumbers = countMultiples(777) - countMultiples(777 * 1000);
		assertThat(report.skippedByCode()).containsEntry("import.csv.field-count", wrongCount)
			.containsEntry("telephony.duration-invalid", notNumbers)
			.hasSize(2);
		assertThat(report.skipped()).isEqualTo(wrongCount + notNumbers);
		assertThat(report.accepted()).isEqualTo(LINES - wrongCount - notNumbers);
		assertThat(report.lines()).isEqualTo(LINES);
		assertThat(seconds[0]).isEqualTo(12 * report.accepted());

		assertThat(report.firstProblems()).hasSize(20);
		LineProblem first = report.firstProblems().get(0);
		assertThat(first.line()).isEqualTo(777);
		assertThat(first.field()).isEqualTo("duration");
		assertThat(first.code()).isEqualTo("telephony.duration-invalid");
		assertThat(first.args()).containsExactly("dodici");
		LineProblem second = report.firstProblems().get(1);
		assertThat(second.line()).isEqualTo(1000);
		assertThat(second.code()).isEqualTo("import.csv.field-count");
		assertThat(second.args()).containsExactly(5, 4);
	}

	@Test
	void aFileWithoutTheExpectedColumnsIsOneProblemAndNothingIsImported() {
		LenientImport.Report report = LenientImport.run("queue_log.csv", new StringReader("a;b\r\n1;2\r\n"),
				List.of("time"), line -> {
					throw new AssertionError("no line should be handled");
				}, 10);
		assertThat(report.accepted()).isZero();
		assertThat(report.firstProblems()).singleElement()
			.satisfies(problem -> assertThat(problem.code()).isEqualTo("import.csv.columns-missing"));
	}

	@Test
	void aQuoteNeverClosedStopsTheReadingWithAProblemAtItsLine() {
		LenientImport.Report report = LenientImport.run("log.csv",
				new StringReader("time;queue\r\n1;Q1\r\n2;\"Q2\r\n3;Q3\r\n"), List.of("time"), line -> {
				}, 10);
		assertThat(report.accepted()).isEqualTo(1);
		assertThat(report.firstProblems()).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("import.csv.malformed");
			assertThat(problem.line()).isEqualTo(3);
		});
	}

	/** How many data lines (2..LINES+1) are multiples of the number. */
	private static long countMultiples(long of) {
		return (LINES + 1) / of;
	}

}
