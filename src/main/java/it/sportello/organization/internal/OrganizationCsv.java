package it.sportello.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the structure's CSV files ({@code departments.csv}, {@code offices.csv}): UTF-8, {@code ;}
 * separated, RFC 4180 quoting, a header line; an empty field means no value.
 */
final class OrganizationCsv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setDelimiter(';')
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(true)
		.get();

	private OrganizationCsv() {
	}

	/** One line of {@code departments.csv}. */
	record DepartmentRow(String code, String name, String shortName, @Nullable String address,
			@Nullable String phone, @Nullable String email, @Nullable String pec, @Nullable String website) {
	}

	/** One line of {@code offices.csv}. */
	record OfficeRow(String code, String departmentCode, @Nullable String parentCode, String name, String type,
			@Nullable String phone, @Nullable String email, @Nullable String pec, @Nullable String address,
			@Nullable String openingHours, @Nullable String website, @Nullable String competences) {
	}

	static List<DepartmentRow> departments(InputStream csv) {
		return read(csv, r -> new DepartmentRow(required(r, "code"), required(r, "name"), required(r, "short_name"),
				optional(r, "address"), optional(r, "phone"), optional(r, "email"), optional(r, "pec"),
				optional(r, "website")));
	}

	/** The offices with every parent before its children, so that the parent reference can be checked on insert. */
	static List<OfficeRow> offices(InputStream csv) {
		List<OfficeRow> rows = read(csv,
				r -> new OfficeRow(required(r, "code"), required(r, "department_code"), optional(r, "parent_code"),
						required(r, "name"), required(r, "type"), optional(r, "phone"), optional(r, "email"),
						optional(r, "pec"), optional(r, "address"), optional(r, "opening_hours"), optional(r, "website"),
						optional(r, "competences")));
		return parentsFirst(rows);
	}

	static List<OfficeRow> parentsFirst(List<OfficeRow> rows) {
		Map<String, OfficeRow> byCode = new HashMap<>();
		rows.forEach(row -> byCode.put(row.code(), row));
		Map<String, Integer> depths = new HashMap<>();
		List<OfficeRow> sorted = new ArrayList<>(rows);
		sorted.sort((a, b) -> Integer.compare(depth(a, byCode, depths), depth(b, byCode, depths)));
		return sorted;
	}

	private static int depth(OfficeRow row, Map<String, OfficeRow> byCode, Map<String, Integer> depths) {
		Integer known = depths.get(row.code());
		if (known != null) {
			return known;
		}
		int depth = 0;
		OfficeRow current = row;
		// Bounded by the number of rows, so that a cycle in a hand-edited file cannot loop forever.
		while (current.parentCode() != null && byCode.containsKey(current.parentCode()) && depth <= byCode.size()) {
			current = byCode.get(current.parentCode());
			depth++;
		}
		depths.put(row.code(), depth);
		return depth;
	}

	private static <T> List<T> read(InputStream csv, Function<CSVRecord, T> mapper) {
		try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			return parser.stream().map(mapper).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String required(CSVRecord record, String column) {
		String value = optional(record, column);
		if (value == null) {
			throw new IllegalArgumentException(
					"line " + record.getRecordNumber() + ": column " + column + " must not be empty");
		}
		return value;
	}

	private static @Nullable String optional(CSVRecord record, String column) {
		String value = record.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

}
