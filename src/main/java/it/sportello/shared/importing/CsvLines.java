package it.sportello.shared.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file line by line, the way spreadsheets save them: UTF-8 with or without BOM, {@code ;} or
 * {@code ,} as separator (whichever the header uses), CRLF or LF, RFC 4180 quoting. The header must name the
 * expected columns, every line must have as many fields as the header, blank lines are skipped. Nothing is held
 * but the current line. Used by {@link StrictImport} and {@link LenientImport}.
 */
final class CsvLines {

	private CsvLines() {
	}

	/**
	 * Each well-formed line to {@code lines}; each malformed one, and a bad header, to {@code problems}. A file
	 * that stops being CSV (a quote never closed) ends the reading with a problem.
	 */
	static void read(String file, Reader source, List<String> columns, Consumer<ImportLine> lines,
			Consumer<LineProblem> problems) {
		try (BufferedReader reader = new BufferedReader(source)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			reader.mark(64 * 1024);
			String first = reader.readLine();
			if (first == null || first.isBlank()) {
				problems.accept(new LineProblem(file, 0, null, "import.csv.empty"));
				return;
			}
			reader.reset();
			char separator = first.indexOf(';') >= 0 || first.indexOf(',') < 0 ? ';' : ',';
			CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
			try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
				Iterator<CSVRecord> records = parser.iterator();
				List<String> header = records.next().toList().stream().map(String::strip).toList();
				List<String> absent = columns.stream().filter(column -> !header.contains(column)).toList();
				if (!absent.isEmpty()) {
					problems.accept(new LineProblem(file, 1, null, "import.csv.columns-missing", String.join(", ", absent)));
					return;
				}
				long line = parser.getCurrentLineNumber() + 1;
				while (next(records, file, line, problems)) {
					CSVRecord record = records.next();
					if (record.size() == 1 && record.get(0).isEmpty()) {
						// a blank line, e.g. the empty last line some editors add
					}
					else if (record.size() != header.size()) {
						problems.accept(new LineProblem(file, line, null, "import.csv.field-count", record.size(),
								header.size()));
					}
					else {
						Map<String, String> values = new LinkedHashMap<>();
						for (int i = 0; i < header.size(); i++) {
							values.put(header.get(i), record.get(i));
						}
						lines.accept(new ImportLine(line, values));
					}
					line = parser.getCurrentLineNumber() + 1;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether another record follows; a malformed rest of the file is a problem at the line it starts on. */
	private static boolean next(Iterator<CSVRecord> records, String file, long line, Consumer<LineProblem> problems) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException malformed) {
			problems.accept(new LineProblem(file, line, null, "import.csv.malformed"));
			return false;
		}
	}

}
