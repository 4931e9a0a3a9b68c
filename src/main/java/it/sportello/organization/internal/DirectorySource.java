package it.sportello.organization.internal;

import static it.sportello.organization.internal.DirectoryFiles.DEPARTMENTS;
import static it.sportello.organization.internal.DirectoryFiles.EMPLOYEES;
import static it.sportello.organization.internal.DirectoryFiles.OFFICES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.sportello.organization.ImportProblem;
import org.jspecify.annotations.Nullable;

/**
 * The content of the three directory files, read and checked on their own (without the database): each
 * field's form, duplicate keys, extensions and e-mails, references between the files, the office tree and
 * the one-URP-per-department rule. Offices come parents first, in the order they must be written.
 */
record DirectorySource(Map<String, Sourced<DepartmentData>> departments, Map<String, Sourced<OfficeData>> offices,
		Map<String, Sourced<EmployeeData>> employees, List<ImportProblem> problems) {

	static final List<String> DEPARTMENT_COLUMNS = List.of("code", "name", "short_name", "address", "phone", "email",
			"pec", "website");

	static final List<String> OFFICE_COLUMNS = List.of("code", "department_code", "parent_code", "name", "type", "phone",
			"email", "pec", "address", "opening_hours", "website", "competences");

	static final List<String> EMPLOYEE_COLUMNS = List.of("id", "first_name", "last_name", "title", "position",
			"office_code", "extension", "direct_phone", "email", "room");

	static DirectorySource read(DirectoryFiles files) {
		List<ImportProblem> problems = new ArrayList<>();
		List<CsvRow> departmentRows = rows(DEPARTMENTS, files.departments(), DEPARTMENT_COLUMNS, problems);
		List<CsvRow> officeRows = rows(OFFICES, files.offices(), OFFICE_COLUMNS, problems);
		List<CsvRow> employeeRows = rows(EMPLOYEES, files.employees(), EMPLOYEE_COLUMNS, problems);
		Map<String, Sourced<DepartmentData>> departments = departments(departmentRows, problems);
		Map<String, Sourced<OfficeData>> offices = offices(officeRows, departments, problems);
		Map<String, Sourced<EmployeeData>> employees = employees(employeeRows, offices, problems);
		return new DirectorySource(departments, OfficeTree.parentsFirst(offices), employees, problems);
	}

	private static List<CsvRow> rows(String name, byte @Nullable [] content, List<String> columns,
			List<ImportProblem> problems) {
		if (content == null) {
			problems.add(ImportProblem.of(name, 0, null, "directory.import.problem.file-missing"));
			return List.of();
		}
		CsvFile file = CsvFile.parse(name, content, columns);
		problems.addAll(file.problems());
		return file.rows();
	}

	private static Map<String, Sourced<DepartmentData>> departments(List<CsvRow> rows, List<ImportProblem> problems) {
		RowChecker check = new RowChecker(DEPARTMENTS, problems);
		Map<String, Sourced<DepartmentData>> departments = new LinkedHashMap<>();
		for (CsvRow row : rows) {
			String code = check.required(row, "code", 16, FieldRules::departmentCode);
			DepartmentData data = new DepartmentData(check.required(row, "name", 200),
					check.required(row, "short_name", 100), check.optional(row, "address", 200),
					check.optional(row, "phone", 40, FieldRules::phone), check.optional(row, "email", 254, FieldRules::email),
					check.optional(row, "pec", 254, FieldRules::email), check.optional(row, "website", 500, FieldRules::website));
			if (code != null) {
				putUnique(departments, new Sourced<>(code, row.line(), data), check, "code", "department");
			}
		}
		return departments;
	}

	private static Map<String, Sourced<OfficeData>> offices(List<CsvRow> rows,
			Map<String, Sourced<DepartmentData>> departments, List<ImportProblem> problems) {
		RowChecker check = new RowChecker(OFFICES, problems);
		Map<String, Sourced<OfficeData>> offices = new LinkedHashMap<>();
		for (CsvRow row : rows) {
			String code = check.required(row, "code", 32, FieldRules::officeCode);
			String departmentCode = check.required(row, "department_code", 16);
			if (departmentCode != null && !departments.containsKey(departmentCode)) {
				check.report(row.line(), "department_code", "unknown-department", departmentCode);
			}
			OfficeData data = new OfficeData(departmentCode, check.optional(row, "parent_code", 32),
					check.required(row, "name", 200), check.required(row, "type", 16, FieldRules::officeType),
					check.optional(row, "phone", 40, FieldRules::phone), check.optional(row, "email", 254, FieldRules::email),
					check.optional(row, "pec", 254, FieldRules::email), check.optional(row, "address", 200),
					check.optional(row, "opening_hours", 500), check.optional(row, "website", 500, FieldRules::website),
					check.optional(row, "competences", 2000));
			if (code != null) {
				putUnique(offices, new Sourced<>(code, row.line(), data), check, "code", "office");
			}
		}
		OfficeTree.check(offices, check);
		Urps.check(offices, departments, check, new RowChecker(DEPARTMENTS, problems));
		return offices;
	}

	private static Map<String, Sourced<EmployeeData>> employees(List<CsvRow> rows,
			Map<String, Sourced<OfficeData>> offices, List<ImportProblem> problems) {
		RowChecker check = new RowChecker(EMPLOYEES, problems);
		Map<String, Sourced<EmployeeData>> employees = new LinkedHashMap<>();
		Map<String, Sourced<EmployeeData>> byExtension = new HashMap<>();
		Map<String, Sourced<EmployeeData>> byEmail = new HashMap<>();
		for (CsvRow row : rows) {
			String id = check.required(row, "id", 16, FieldRules::employeeId);
			String officeCode = check.required(row, "office_code", 32);
			if (officeCode != null && !offices.containsKey(officeCode)) {
				check.report(row.line(), "office_code", "unknown-office", officeCode);
			}
			EmployeeData data = new EmployeeData(check.required(row, "first_name", 100),
					check.required(row, "last_name", 100), check.optional(row, "title", 20),
					check.required(row, "position", 40), officeCode,
					check.required(row, "extension", 8, FieldRules::extension),
					check.optional(row, "direct_phone", 40, FieldRules::phone),
					check.optional(row, "email", 254, FieldRules::email), check.optional(row, "room", 100));
			if (id == null) {
				continue;
			}
			Sourced<EmployeeData> employee = new Sourced<>(id, row.line(), data);
			putUnique(employees, employee, check, "id", "employee");
			if (data.extension() != null) {
				Sourced<EmployeeData> holder = byExtension.putIfAbsent(data.extension(), employee);
				if (holder != null) {
					check.report(row.line(), "extension", "extension-duplicate", data.extension(), holder.key(),
							holder.line());
				}
			}
			if (data.email() != null) {
				Sourced<EmployeeData> holder = byEmail.putIfAbsent(data.email().toLowerCase(Locale.ROOT), employee);
				if (holder != null) {
					check.report(row.line(), "email", "email-duplicate", data.email(), holder.key(), holder.line());
				}
			}
		}
		return employees;
	}

	private static <T> void putUnique(Map<String, Sourced<T>> records, Sourced<T> record, RowChecker check, String column,
			String what) {
		Sourced<T> first = records.putIfAbsent(record.key(), record);
		if (first != null) {
			check.report(record.line(), column, "duplicate-" + what, record.key(), first.line());
		}
	}

}
