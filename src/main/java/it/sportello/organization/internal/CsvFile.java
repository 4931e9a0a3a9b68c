package it.sportello.organization.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import it.sportello.organization.ImportProblem;
import it.sportello.shared.importing.LineProblem;
import it.sportello.shared.importing.StrictImport;

/**
 * A directory CSV file read in the import toolkit's strict mode ({@link StrictImport}): lenient about its form
 * (BOM, {@code ;} or {@code ,}, CRLF or LF, RFC 4180 quoting) and strict about its shape (the expected columns,
 * as many fields as the header on every row). The toolkit's problems keep its message codes
 * ({@code messages/importing}), told in the reader's language where the report is shown.
 */
record CsvFile(String name, List<CsvRow> rows, List<ImportProblem> problems) {

	static CsvFile parse(String name, byte[] content, List<String> columns) {
		StrictImport.Result result = StrictImport.check(name,
				new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8), columns, line -> {
				});
		List<CsvRow> rows = result.lines().stream().map(line -> new CsvRow((int) line.line(), line.values())).toList();
		return new CsvFile(name, rows, result.problems().stream().map(CsvFile::problem).toList());
	}

	private static ImportProblem problem(LineProblem problem) {
		return ImportProblem.of(problem.file(), (int) problem.line(), problem.field(), problem.code(), problem.args());
	}

}
