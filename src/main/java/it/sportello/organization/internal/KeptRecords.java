package it.sportello.organization.internal;

import static it.sportello.organization.internal.DirectoryFiles.EMPLOYEES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.sportello.organization.ImportProblem;

/**
 * Records missing from the files stay when the import is not asked to remove them, and so keep their
 * extensions: a row that takes one over cannot be written.
 */
final class KeptRecords {

	private KeptRecords() {
	}

	static List<ImportProblem> extensionClashes(Map<String, Sourced<EmployeeData>> rows, Map<String, Employee> current) {
		Map<String, Employee> keptByExtension = new HashMap<>();
		current.values()
			.stream()
			.filter(employee -> !rows.containsKey(employee.getId()))
			.forEach(employee -> keptByExtension.put(employee.getExtension(), employee));
		List<ImportProblem> problems = new ArrayList<>();
		for (Sourced<EmployeeData> row : rows.values()) {
			Employee holder = keptByExtension.get(row.data().extension());
			if (holder != null) {
				problems.add(ImportProblem.of(EMPLOYEES, row.line(), "extension",
						"directory.import.problem.extension-kept", row.data().extension(), holder.getId()));
			}
		}
		return problems;
	}

}
