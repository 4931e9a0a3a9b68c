package it.sportello.organization.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import it.sportello.shared.importing.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the directory back in the import format ({@code ;}, CRLF, UTF-8 without BOM, quotes only where
 * needed), rows in the order of the last imported file: exporting what was imported gives the same bytes,
 * so an administrator can edit the export in a spreadsheet and import it again. A value a spreadsheet would
 * run as a formula is written with a leading {@code '} ({@link FormulaGuard}), which the import removes.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryExport {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

	private final DepartmentRepository departments;

	private final OfficeRepository offices;

	private final EmployeeRepository employees;

	DirectoryExport(DepartmentRepository departments, OfficeRepository offices, EmployeeRepository employees) {
		this.departments = departments;
		this.offices = offices;
		this.employees = employees;
	}

	/** @param file {@code departments.csv}, {@code offices.csv} or {@code employees.csv}; null for another name */
	public @Nullable String export(String file) {
		return switch (file) {
			case DirectoryFiles.DEPARTMENTS -> departments();
			case DirectoryFiles.OFFICES -> offices();
			case DirectoryFiles.EMPLOYEES -> employees();
			default -> null;
		};
	}

	public String departments() {
		return csv(DirectorySource.DEPARTMENT_COLUMNS, departments.findAll()
			.stream()
			.sorted(Comparator.comparingInt(Department::listOrder).thenComparing(Department::getCode))
			.map(d -> new @Nullable String[] { d.getCode(), d.getName(), d.getShortName(), d.getAddress(), d.getPhone(),
					d.getEmail(), d.getPec(), d.getWebsite() }));
	}

	public String offices() {
		return csv(DirectorySource.OFFICE_COLUMNS, offices.findAll()
			.stream()
			.sorted(Comparator.comparingInt(Office::listOrder).thenComparing(Office::getCode))
			.map(o -> new @Nullable String[] { o.getCode(), o.getDepartmentCode(), o.getParentCode(), o.getName(),
					o.getType(), o.getPhone(), o.getEmail(), o.getPec(), o.getAddress(), o.getOpeningHours(),
					o.getWebsite(), o.getCompetences() }));
	}

	public String employees() {
		List<Employee> all = employees.findAllWithOffice();
		return csv(DirectorySource.EMPLOYEE_COLUMNS, all.stream()
			.sorted(Comparator.comparing(Employee::getId))
			.map(e -> new @Nullable String[] { e.getId(), e.getFirstName(), e.getLastName(), e.getTitle(),
					e.getPosition(), e.getOffice().getCode(), e.getExtension(), e.getDirectPhone(), e.getEmail(),
					e.getRoom() }));
	}

	/** The header, then each row with every value {@linkplain FormulaGuard#protect protected}. */
	private static String csv(List<String> columns, Stream<@Nullable String[]> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(columns);
			for (@Nullable String[] row : (Iterable<@Nullable String[]>) rows::iterator) {
				printer.printRecord(Arrays.stream(row).map(FormulaGuard::protect));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
