package it.sportello.organization.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import it.sportello.organization.ImportProblem;
import it.sportello.shared.importing.LineProblem;
import it.sportello.shared.importing.StrictImport;

/**
 * A directory CSV file read in the import toolkit's strict mode ({@link StrictImport}): lenient about its form
 * (BOM, {@code ;} or {@code ,}, CRLF or LF, RFC 4180 quoting) and strict about its shape (the expected columns,
 * as many fields as the header on every row). The toolkit's problems are told in Italian, from its messages,
 * for the administrators who fix the files.
 */
record CsvFile(String name, List<CsvRow> rows, List<ImportProblem> problems) {

	/** The base (Italian) messages: no fall-back to the machine's locale, whose bundle may be the English one. */
	private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages/importing", Locale.ITALIAN,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	static CsvFile parse(String name, byte[] content, List<String> columns) {
		StrictImport.Result result = StrictImport.check(name,
				new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8), columns, line -> {
				});
		List<CsvRow> rows = result.lines().stream().map(line -> new CsvRow((int) line.line(), line.values())).toList();
		return new CsvFile(name, rows, result.problems().stream().map(CsvFile::problem).toList());
	}

	private static ImportProblem problem(LineProblem problem) {
		String text = new MessageFormat(TEXTS.getString(problem.code()), Locale.ITALIAN).format(problem.args());
		return new ImportProblem(problem.file(), (int) problem.line(), problem.field(), text);
	}

}
