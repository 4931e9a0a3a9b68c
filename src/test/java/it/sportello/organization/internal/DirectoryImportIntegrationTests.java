package it.sportello.organization.internal;

import static it.sportello.organization.internal.DirectoryCsvFiles.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import it.sportello.organization.ImportCounts;
import it.sportello.organization.ImportOptions;
import it.sportello.organization.ImportProblem;
import it.sportello.organization.ImportReport;
import it.sportello.support.SportelloIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Each test runs in a transaction rolled back at its end, so the shared demo data stays as it was. */
@SportelloIntegrationTest
@Transactional
class DirectoryImportIntegrationTests {

	private static final ImportOptions REAL = new ImportOptions(false, false);

	private static final ImportOptions DRY = new ImportOptions(true, false);

	private static final ImportOptions REAL_REMOVING = new ImportOptions(false, true);

	@Autowired
	org.springframework.context.MessageSource messages;

	@Autowired
	DirectoryImport directoryImport;

	@Autowired
	DirectoryExport export;

	@Autowired
	JdbcTemplate jdbc;

	private final DirectoryCsvFiles demo = DirectoryCsvFiles.demo();

	/**
	 * Other tests of the shared context add people and offices of their own: every test here starts
	 * from exactly the demo files, which a removing import restores.
	 */
	void startFromTheDemoDirectory() {
		ImportReport restored = directoryImport.run(demo.files(), REAL_REMOVING, "test");
		assertThat(restored.problems()).isEmpty();
	}

	@Test
	void importsTheGoodFilesIntoAnEmptyDirectory() {
		jdbc.update("delete from employee_interim");
		jdbc.update("delete from employee");
		jdbc.update("update office set parent_code = null");
		jdbc.update("delete from office");
		jdbc.update("delete from department");

		ImportReport report = directoryImport.run(demo.files(), REAL, "test");

		assertThat(report.problems()).isEmpty();
		assertThat(report.applied()).isTrue();
		assertThat(report.departments()).isEqualTo(new ImportCounts(9, 0, 0, 0, 0));
		assertThat(report.offices()).isEqualTo(new ImportCounts(86, 0, 0, 0, 0));
		assertThat(report.employees()).isEqualTo(new ImportCounts(832, 0, 0, 0, 0));
		assertThat(count("employee")).isEqualTo(832);
		assertThat(count("office")).isEqualTo(86);
		assertThat(count("department")).isEqualTo(9);
	}

	@Test
	void theSameFilesTwiceInARowChangeNothing() {
		startFromTheDemoDirectory();
		int audited = count("directory_change");

		ImportReport first = directoryImport.run(demo.files(), REAL, "test");
		ImportReport second = directoryImport.run(demo.files(), REAL, "test");

		for (ImportReport report : List.of(first, second)) {
			assertThat(report.departments()).isEqualTo(new ImportCounts(0, 0, 9, 0, 0));
			assertThat(report.offices()).isEqualTo(new ImportCounts(0, 0, 86, 0, 0));
			assertThat(report.employees()).isEqualTo(new ImportCounts(0, 0, 832, 0, 0));
		}
		assertThat(count("directory_change")).isEqualTo(audited);
	}

	@Test
	void aChangedRowUpdatesItsRecordAndIsAuditedWithBeforeAndAfter() {
		startFromTheDemoDirectory();
		DirectoryCsvFiles moved = demo.employees(replaceInLine("E0134;", "1° piano", "5° piano"));

		ImportReport report = directoryImport.run(moved.files(), REAL, "admin");
		ImportReport again = directoryImport.run(moved.files(), REAL, "admin");

		assertThat(report.employees()).isEqualTo(new ImportCounts(0, 1, 831, 0, 0));
		assertThat(again.employees()).isEqualTo(new ImportCounts(0, 0, 832, 0, 0));
		assertThat(jdbc.queryForObject("select room from employee where id = 'E0134'", String.class)).startsWith("5° piano");
		assertThat(jdbc.queryForMap("""
				select changed_by, action, before_data, after_data from directory_change
				where entity_type = 'EMPLOYEE' and entity_key = 'E0134' order by id desc limit 1"""))
			.containsEntry("changed_by", "admin")
			.containsEntry("action", "UPDATED")
			.hasEntrySatisfying("before_data", before -> assertThat((String) before).contains("1° piano"))
			.hasEntrySatisfying("after_data", after -> assertThat((String) after).contains("5° piano"));
	}

	@Test
	void aMissingRowIsReportedAndRemovedOnlyWhenAsked() {
		startFromTheDemoDirectory();
		DirectoryCsvFiles withoutLast = demo.employees(text -> text.replaceAll("E0832;[^\r\n]*\r\n", ""));

		ImportReport kept = directoryImport.run(withoutLast.files(), REAL, "test");

		assertThat(kept.employees()).isEqualTo(new ImportCounts(0, 0, 831, 1, 0));
		assertThat(kept.missingKeys()).containsExactly("E0832");
		assertThat(count("employee")).isEqualTo(832);

		ImportReport removed = directoryImport.run(withoutLast.files(), REAL_REMOVING, "test");

		assertThat(removed.employees()).isEqualTo(new ImportCounts(0, 0, 831, 1, 1));
		assertThat(count("employee")).isEqualTo(831);
		assertThat(jdbc.queryForObject(
				"select count(*) from directory_change where entity_key = 'E0832' and action = 'DELETED'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aMissingOfficeIsRemovedWithItsPeopleWhenAsked() {
		DirectoryCsvFiles withoutOffice = demo.offices(text -> text.replaceAll("CULT-05;[^\r\n]*\r\n", ""))
			.employees(text -> text.replaceAll("[^\r\n]*;CULT-05;[^\r\n]*\r\n", ""));

		ImportReport report = directoryImport.run(withoutOffice.files(), REAL_REMOVING, "test");

		assertThat(report.problems()).isEmpty();
		assertThat(report.offices().removed()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from office where code = 'CULT-05'", Integer.class)).isZero();
	}

	@Test
	void aDryRunReportsWhatWouldChangeWithoutChangingIt() {
		DirectoryCsvFiles moved = demo.employees(replaceInLine("E0134;", "1° piano", "5° piano"));

		ImportReport report = directoryImport.run(moved.files(), DRY, "test");

		assertThat(report.dryRun()).isTrue();
		assertThat(report.applied()).isFalse();
		assertThat(report.employees().updated()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select room from employee where id = 'E0134'", String.class)).doesNotStartWith("5°");
	}

	static Stream<Arguments> badRows() {
		DirectoryCsvFiles demo = DirectoryCsvFiles.demo();
		return Stream.of(
				bad("unknown department", demo.offices(replaceInLine("PROG-03;", "PROG-03;PROG;", "PROG-03;PRXG;")),
						"offices.csv", lineOf(demo.offices, "PROG-03;"), "department_code", "dipartimento «PRXG» sconosciuto"),
				bad("parent in another department", demo.offices(replaceInLine("PROG-03;", ";PROG-DG;", ";PRES-DG;")),
						"offices.csv", lineOf(demo.offices, "PROG-03;"), "parent_code", "appartiene a un altro dipartimento"),
				bad("bad office type", demo.offices(replaceInLine("PROG-03;", ";UFFICIO;", ";UFFIZIO;")), "offices.csv",
						lineOf(demo.offices, "PROG-03;"), "type", "tipo di ufficio non valido"),
				bad("second URP", demo.offices(replaceInLine("PROG-03;", ";UFFICIO;", ";URP;")), "offices.csv",
						lineOf(demo.offices, "PROG-03;"), "type", "secondo URP nel dipartimento PROG"),
				bad("unknown office", demo.employees(replaceInLine("E0030;", ";PRES-", ";XXXX-")), "employees.csv",
						lineOf(demo.employees, "E0030;"), "office_code", "sconosciuto"),
				bad("duplicate extension", demo.employees(replaceInLine("E0002;", ";2002;", ";2001;")), "employees.csv",
						lineOf(demo.employees, "E0002;"), "extension", "interno 2001 duplicato: è già di E0001"),
				bad("malformed e-mail", demo.employees(replaceInLine("E0005;", "@regione", "#regione")), "employees.csv",
						lineOf(demo.employees, "E0005;"), "email", "indirizzo e-mail non valido"),
				bad("missing required field (last name)", demo.employees(text -> text.replaceFirst("(E0011;[^;]*;)[^;]*;", "$1;")),
						"employees.csv", lineOf(demo.employees, "E0011;"), "last_name", "campo obbligatorio vuoto"),
				bad("wrong number of fields", demo.employees(replaceInLine("E0020;", "\r\n", ";in più\r\n")),
						"employees.csv", lineOf(demo.employees, "E0020;"), null, "numero di campi errato"),
				bad("duplicate office code", demo.offices(replaceInLine("PROG-04;", "PROG-04;", "PROG-03;")),
						"offices.csv", lineOf(demo.offices, "PROG-04;"), "code", "ufficio «PROG-03» duplicato"),
				bad("bad website", demo.departments(replaceInLine("AMBE;", "https://", "htps://")), "departments.csv",
						lineOf(demo.departments, "AMBE;"), "website", "sito web non valido"));
	}

	private static Arguments bad(String name, DirectoryCsvFiles files, String file, int line, String field,
			String reason) {
		return Arguments.of(name, files, file, line, field, reason);
	}

	@ParameterizedTest(name = "{0} is reported with file, line and reason and nothing is written")
	@MethodSource("badRows")
	void aBadRowIsReportedWithFileLineAndReasonAndNothingIsWritten(String name, DirectoryCsvFiles files, String file,
			int line, String field, String reason) {
		int audited = count("directory_change");
		String before = export.employees() + export.offices() + export.departments();

		ImportReport report = directoryImport.run(files.files(), REAL_REMOVING, "test");

		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).as(report.problems().toString())
			.anySatisfy(problem -> {
				assertThat(problem.file()).isEqualTo(file);
				assertThat(problem.line()).isEqualTo(line);
				assertThat(problem.field()).isEqualTo(field);
				assertThat(italian(problem)).contains(reason);
			});
		assertThat(count("directory_change")).isEqualTo(audited);
		assertThat(export.employees() + export.offices() + export.departments()).isEqualTo(before);
	}

	@Test
	void aDryRunReportsEveryProblemAtOnce() {
		DirectoryCsvFiles files = demo.employees(replaceInLine("E0002;", ";2002;", ";2001;"))
			.employees(replaceInLine("E0005;", "@regione", "#regione"))
			.offices(replaceInLine("PROG-03;", ";UFFICIO;", ";UFFIZIO;"));

		ImportReport report = directoryImport.run(files.files(), DRY, "test");

		assertThat(report.problems()).extracting(ImportProblem::file, ImportProblem::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("employees.csv", "extension"),
					org.assertj.core.groups.Tuple.tuple("employees.csv", "email"),
					org.assertj.core.groups.Tuple.tuple("offices.csv", "type"));
	}

	@Test
	void aProblemIsToldInTheReadersLanguageFromItsCode() {
		DirectoryCsvFiles files = demo.employees(replaceInLine("E0002;", ";2002;", ";2001;"));

		ImportProblem problem = directoryImport.run(files.files(), DRY, "test").problems().get(0);

		assertThat(problem.code()).isEqualTo("directory.import.problem.extension-duplicate");
		assertThat(problem.arguments()).containsExactly("2001", "E0001", lineOf(demo.employees, "E0001;"));
		assertThat(italian(problem)).isEqualTo("interno 2001 duplicato: è già di E0001 (riga "
				+ lineOf(demo.employees, "E0001;") + ")");
		assertThat(messages.getMessage(problem.reason(), java.util.Locale.ENGLISH)).isEqualTo(
				"duplicate extension 2001: it already belongs to E0001 (line " + lineOf(demo.employees, "E0001;") + ")");
	}

	private String italian(ImportProblem problem) {
		return messages.getMessage(problem.reason(), java.util.Locale.ITALIAN);
	}

	@Test
	void aMissingFileIsReported() {
		ImportReport report = directoryImport.run(new DirectoryFiles(demo.files().departments(), demo.files().offices(), null),
				DRY, "test");

		assertThat(report.problems()).extracting(ImportProblem::file, ImportProblem::line, this::italian)
			.contains(org.assertj.core.groups.Tuple.tuple("employees.csv", 0, "file mancante"));
	}

	@Test
	void readsFilesWithByteOrderMarkCommasAndLf() {
		startFromTheDemoDirectory();
		DirectoryCsvFiles spreadsheet = demo.all(text -> "\uFEFF" + commaSeparated(text).replace("\r\n", "\n"));

		ImportReport report = directoryImport.run(spreadsheet.files(), REAL, "test");

		assertThat(report.problems()).isEmpty();
		assertThat(report.employees()).isEqualTo(new ImportCounts(0, 0, 832, 0, 0));
		assertThat(report.offices()).isEqualTo(new ImportCounts(0, 0, 86, 0, 0));
	}

	@Test
	void exportGivesBackTheImportedFilesByteForByte() {
		startFromTheDemoDirectory();
		directoryImport.run(demo.files(), REAL, "test");

		assertThat(export.departments()).isEqualTo(demo.departments);
		assertThat(export.offices()).isEqualTo(demo.offices);
		assertThat(export.employees()).isEqualTo(demo.employees);
	}

	@Test
	void valuesASpreadsheetWouldRunAsFormulasAreExportedInertAndImportBackUnchanged() {
		startFromTheDemoDirectory();
		String line = demo.employees.lines().filter(l -> l.startsWith("E0134;")).findFirst().orElseThrow();
		String[] fields = line.split(";", -1);
		fields[1] = "=1+2";
		fields[2] = "+Rossi";
		fields[4] = "-Funzionario";
		fields[9] = "@5 piano";
		String changed = String.join(";", fields);
		DirectoryCsvFiles formulas = demo.employees(text -> text.replace(line, changed));
		assertThat(directoryImport.run(formulas.files(), REAL, "test").problems()).isEmpty();

		String exported = export.employees();
		String exportedLine = exported.lines().filter(l -> l.startsWith("E0134;")).findFirst().orElseThrow();
		assertThat(exportedLine).startsWith("E0134;'=1+2;'+Rossi;")
			.contains(";'-Funzionario;")
			.endsWith(";'@5 piano");

		ImportReport again = directoryImport.run(demo.employees(text -> exported).files(), REAL, "test");
		assertThat(again.problems()).isEmpty();
		assertThat(again.employees()).isEqualTo(new ImportCounts(0, 0, 832, 0, 0));
		assertThat(jdbc.queryForMap("select first_name, last_name, position, room from employee where id = 'E0134'"))
			.containsEntry("first_name", "=1+2")
			.containsEntry("last_name", "+Rossi")
			.containsEntry("position", "-Funzionario")
			.containsEntry("room", "@5 piano");
	}

	private int count(String table) {
		Integer count = jdbc.queryForObject("select count(*) from " + table, Integer.class);
		return count == null ? 0 : count;
	}

	/** Replaces text in the one line that starts with the prefix. */
	static UnaryOperator<String> replaceInLine(String prefix, String target, String replacement) {
		return text -> {
			int start = text.indexOf("\n" + prefix) + 1;
			int end = text.indexOf('\n', start) + 1;
			String line = text.substring(start, end);
			if (!line.contains(target)) {
				throw new IllegalArgumentException(prefix + " has no " + target);
			}
			return text.substring(0, start) + line.replaceFirst(java.util.regex.Pattern.quote(target),
					java.util.regex.Matcher.quoteReplacement(replacement)) + text.substring(end);
		};
	}

	private static String commaSeparated(String text) {
		try (CSVParser parser = CSVParser.builder()
			.setReader(new StringReader(text))
			.setFormat(CSVFormat.RFC4180.builder().setDelimiter(';').get())
			.get(); StringWriter out = new StringWriter(); CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			for (CSVRecord record : parser) {
				printer.printRecord(record.toList());
			}
			printer.flush();
			return out.toString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
