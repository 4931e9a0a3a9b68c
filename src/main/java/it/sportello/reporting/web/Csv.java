package it.sportello.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import it.sportello.shared.importing.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report table as CSV ({@code ;}, CRLF, UTF-8), the way the directory's export writes: every value passes through
 * {@link FormulaGuard} so that a spreadsheet never runs one as a formula.
 */
final class Csv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private Csv() {
	}

	static String of(ReportTable table) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(table.headers().stream().map(FormulaGuard::protect));
			for (var row : table.rows()) {
				printer.printRecord(row.stream().map(FormulaGuard::protect));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static ResponseEntity<String> download(ReportTable table, String fileName) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.body(of(table));
	}

}
