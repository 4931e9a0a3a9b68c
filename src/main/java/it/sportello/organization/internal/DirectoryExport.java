package it.sportello.organization.internal;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the directory back in the import format ({@code ;}, CRLF, UTF-8 without BOM, quotes only where
 * needed), rows in the order of the last imported file: exporting what was imported gives the same bytes,
 * so an administrator can edit the export in a spreadsheet and import it again.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryExport {

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
		StringBuilder csv = line(new StringBuilder(), DirectorySource.DEPARTMENT_COLUMNS.toArray(String[]::new));
		departments.findAll()
			.stream()
			.sorted(Comparator.comparingInt(Department::listOrder).thenComparing(Department::getCode))
			.forEach(d -> line(csv, d.getCode(), d.getName(), d.getShortName(), d.getAddress(), d.getPhone(), d.getEmail(),
					d.getPec(), d.getWebsite()));
		return csv.toString();
	}

	public String offices() {
		StringBuilder csv = line(new StringBuilder(), DirectorySource.OFFICE_COLUMNS.toArray(String[]::new));
		offices.findAll()
			.stream()
			.sorted(Comparator.comparingInt(Office::listOrder).thenComparing(Office::getCode))
			.forEach(o -> line(csv, o.getCode(), o.getDepartmentCode(), o.getParentCode(), o.getName(), o.getType(),
					o.getPhone(), o.getEmail(), o.getPec(), o.getAddress(), o.getOpeningHours(), o.getWebsite(),
					o.getCompetences()));
		return csv.toString();
	}

	public String employees() {
		StringBuilder csv = line(new StringBuilder(), DirectorySource.EMPLOYEE_COLUMNS.toArray(String[]::new));
		List<Employee> all = employees.findAllWithOffice();
		all.stream()
			.sorted(Comparator.comparing(Employee::getId))
			.forEach(e -> line(csv, e.getId(), e.getFirstName(), e.getLastName(), e.getTitle(), e.getPosition(),
					e.getOffice().getCode(), e.getExtension(), e.getDirectPhone(), e.getEmail(), e.getRoom()));
		return csv.toString();
	}

	private static StringBuilder line(StringBuilder csv, @Nullable String... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				csv.append(';');
			}
			csv.append(quoted(fields[i]));
		}
		return csv.append("\r\n");
	}

	/** RFC 4180 minimal quoting, the way the source files are written. */
	static String quoted(@Nullable String field) {
		if (field == null) {
			return "";
		}
		if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

}
