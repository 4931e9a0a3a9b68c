package it.sportello.organization.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.sportello.organization.ImportProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A directory CSV file read leniently about its form and strictly about its shape: UTF-8 with or without
 * BOM, {@code ;} or {@code ,} as separator (whichever the header uses), CRLF or LF, RFC 4180 quoting; but
 * the header must name the expected columns and every row must have as many fields as the header.
 * Spreadsheets save these files in all those forms, and administrators should not have to care.
 */
record CsvFile(String name, List<CsvRow> rows, List<ImportProblem> problems) {

	static CsvFile parse(String name, byte[] content, List<String> columns) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<ImportProblem> problems = new ArrayList<>();
		List<CsvRow> rows = new ArrayList<>();
		if (text.isBlank()) {
			problems.add(new ImportProblem(name, 0, null, "file vuoto: manca anche l'intestazione"));
			return new CsvFile(name, rows, problems);
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separatorOf(text)).get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			List<String> header = records.next().toList().stream().map(String::strip).toList();
			List<String> absent = columns.stream().filter(column -> !header.contains(column)).toList();
			if (!absent.isEmpty()) {
				problems.add(new ImportProblem(name, 1, null, "intestazione: mancano le colonne " + String.join(", ", absent)));
				return new CsvFile(name, rows, problems);
			}
			// The parser has consumed whole lines so far, so the next record starts on the line after them.
			int line = (int) parser.getCurrentLineNumber() + 1;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				if (record.size() == 1 && record.get(0).isEmpty()) {
					// a blank line, e.g. the empty last line some editors add
				}
				else if (record.size() != header.size()) {
					problems.add(new ImportProblem(name, line, null, "numero di campi errato: " + record.size()
							+ " invece di " + header.size() + " (un separatore o delle virgolette di troppo?)"));
				}
				else {
					Map<String, String> values = new LinkedHashMap<>();
					for (int i = 0; i < header.size(); i++) {
						values.put(header.get(i), record.get(i));
					}
					rows.add(new CsvRow(line, values));
				}
				line = (int) parser.getCurrentLineNumber() + 1;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException | UncheckedIOException malformed) {
			problems.add(new ImportProblem(name, 0, null, "CSV non leggibile: " + malformed.getMessage()));
		}
		return new CsvFile(name, rows, problems);
	}

	/** The header has no quoted fields, so whichever separator its first line contains is the file's. */
	static char separatorOf(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		return header.indexOf(';') >= 0 || header.indexOf(',') < 0 ? ';' : ',';
	}

}
