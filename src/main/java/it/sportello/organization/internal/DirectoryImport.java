package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.sportello.organization.ImportCounts;
import it.sportello.organization.ImportOptions;
import it.sportello.organization.ImportProblem;
import it.sportello.organization.ImportReport;
import it.sportello.organization.internal.DirectoryChanges.Action;
import it.sportello.organization.internal.DirectoryChanges.Change;
import it.sportello.organization.internal.DirectoryChanges.Kind;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports the directory's three CSV files (S-KB3, S-KB4). The files are the whole truth: a record is
 * matched to its row by its source identifier, created, updated or left alone; a record without a row is
 * reported as missing and deleted only when asked. Everything is checked before anything is written, and
 * the writes run in one transaction: an import applies completely or not at all, and the same files twice
 * change nothing the second time.
 */
@Service
public class DirectoryImport {

	private final DepartmentRepository departments;

	private final OfficeRepository offices;

	private final EmployeeRepository employees;

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	private final DirectoryChanges changes;

	private final DepartmentCatalog catalog;

	DirectoryImport(DepartmentRepository departments, OfficeRepository offices, EmployeeRepository employees,
			EntityManager entities, JdbcTemplate jdbc, DirectoryChanges changes, DepartmentCatalog catalog) {
		this.departments = departments;
		this.offices = offices;
		this.employees = employees;
		this.entities = entities;
		this.jdbc = jdbc;
		this.changes = changes;
		this.catalog = catalog;
	}

	/**
	 * @param by who runs the import, for the audit trail
	 * @return the report; {@link ImportReport#applied()} only for a real run without problems
	 */
	@Transactional
	public ImportReport run(DirectoryFiles files, ImportOptions options, String by) {
		DirectorySource source = DirectorySource.read(files);
		Map<String, Department> currentDepartments = byKey(departments.findAll(), Department::getCode);
		Map<String, Office> currentOffices = byKey(offices.findAll(), Office::getCode);
		Map<String, Employee> currentEmployees = byKey(employees.findAllWithOffice(), Employee::getId);

		List<ImportProblem> problems = new ArrayList<>(source.problems());
		if (!options.removeMissing()) {
			problems.addAll(KeptRecords.extensionClashes(source.employees(), currentEmployees));
		}
		problems.sort(Comparator.comparing(ImportProblem::file).thenComparingInt(ImportProblem::line));

		boolean apply = !options.dryRun() && problems.isEmpty();
		List<String> missing = new ArrayList<>();
		ImportCounts departmentCounts = count(source.departments(), currentDepartments, Department::data, options, missing);
		ImportCounts officeCounts = count(source.offices(), currentOffices, Office::data, options, missing);
		ImportCounts employeeCounts = count(source.employees(), currentEmployees, Employee::data, options, missing);
		if (apply) {
			new Writer(by, options.removeMissing()).write(source, currentDepartments, currentOffices, currentEmployees);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					catalog.refresh();
				}
			});
		}
		return new ImportReport(options.dryRun(), apply, options.removeMissing(), departmentCounts, officeCounts,
				employeeCounts, List.copyOf(problems), List.copyOf(missing));
	}

	private static <T, E> ImportCounts count(Map<String, Sourced<T>> rows, Map<String, E> current, Function<E, T> data,
			ImportOptions options, List<String> missingKeys) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Sourced<T> row : rows.values()) {
			E existing = current.get(row.key());
			if (existing == null) {
				created++;
			}
			else if (Objects.equals(data.apply(existing), row.data())) {
				unchanged++;
			}
			else {
				updated++;
			}
		}
		List<String> missing = current.keySet().stream().filter(key -> !rows.containsKey(key)).sorted().toList();
		missingKeys.addAll(missing);
		return new ImportCounts(created, updated, unchanged, missing.size(), options.removeMissing() ? missing.size() : 0);
	}

	private static <E> Map<String, E> byKey(List<E> records, Function<E, String> key) {
		return records.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
	}

	/** The writes of one real run, in the order the foreign keys and the unique extension need. */
	private final class Writer {

		private final String by;

		private final boolean removeMissing;

		private final List<Change> audit = new ArrayList<>();

		Writer(String by, boolean removeMissing) {
			this.by = by;
			this.removeMissing = removeMissing;
		}

		void write(DirectorySource source, Map<String, Department> currentDepartments, Map<String, Office> currentOffices,
				Map<String, Employee> currentEmployees) {
			if (removeMissing) {
				// First, so that a new row may take over the extension of a person who left.
				currentEmployees.values()
					.stream()
					.filter(employee -> !source.employees().containsKey(employee.getId()))
					.forEach(employee -> {
						audit.add(new Change(Kind.EMPLOYEE, employee.getId(), Action.DELETED, employee.data(), null));
						entities.remove(employee);
					});
				entities.flush();
			}
			int order = 0;
			for (Sourced<DepartmentData> row : source.departments().values()) {
				Department department = currentDepartments.get(row.key());
				if (department == null) {
					department = new Department(row.key(), row.data());
					entities.persist(department);
					audit.add(new Change(Kind.DEPARTMENT, row.key(), Action.CREATED, null, row.data()));
				}
				else if (!department.data().equals(row.data())) {
					audit.add(new Change(Kind.DEPARTMENT, row.key(), Action.UPDATED, department.data(), row.data()));
					department.apply(row.data());
				}
				department.placeAt(order++);
			}
			// Office and department are linked by code, not by association: Hibernate cannot order these inserts.
			entities.flush();
			Map<String, Office> officesByCode = new HashMap<>(currentOffices);
			Map<String, Integer> fileOrder = new HashMap<>();
			source.offices().values().stream().sorted(Comparator.comparingInt(Sourced::line))
				.forEach(row -> fileOrder.put(row.key(), fileOrder.size()));
			for (Sourced<OfficeData> row : source.offices().values()) {
				Office office = officesByCode.get(row.key());
				if (office == null) {
					office = new Office(row.key(), row.data());
					entities.persist(office);
					officesByCode.put(row.key(), office);
					audit.add(new Change(Kind.OFFICE, row.key(), Action.CREATED, null, row.data()));
					// parent before child, for the same reason as above
					entities.flush();
				}
				else if (!office.data().equals(row.data())) {
					audit.add(new Change(Kind.OFFICE, row.key(), Action.UPDATED, office.data(), row.data()));
					office.apply(row.data());
				}
				office.placeAt(fileOrder.get(row.key()));
			}
			for (Sourced<EmployeeData> row : source.employees().values()) {
				Employee employee = currentEmployees.get(row.key());
				Office office = officesByCode.get(row.data().officeCode());
				if (employee == null) {
					entities.persist(new Employee(row.key(), row.data(), office));
					audit.add(new Change(Kind.EMPLOYEE, row.key(), Action.CREATED, null, row.data()));
				}
				else if (!employee.data().equals(row.data())) {
					audit.add(new Change(Kind.EMPLOYEE, row.key(), Action.UPDATED, employee.data(), row.data()));
					employee.apply(row.data(), office);
				}
			}
			entities.flush();
			if (removeMissing) {
				removeMissingStructure(source, currentDepartments, currentOffices);
			}
			changes.record(by, audit);
		}

		private void removeMissingStructure(DirectorySource source, Map<String, Department> currentDepartments,
				Map<String, Office> currentOffices) {
			List<Office> gone = currentOffices.values()
				.stream()
				.filter(office -> !source.offices().containsKey(office.getCode()))
				.toList();
			for (Office office : gone) {
				jdbc.update("delete from employee_interim where office_code = ?", office.getCode());
			}
			// Children before parents: delete the deepest first.
			List<Office> deepestFirst = new ArrayList<>(gone);
			deepestFirst.sort(Comparator.comparingInt((Office office) -> depth(office, currentOffices)).reversed());
			for (Office office : deepestFirst) {
				audit.add(new Change(Kind.OFFICE, office.getCode(), Action.DELETED, office.data(), null));
				entities.remove(office);
				entities.flush();
			}
			currentDepartments.values()
				.stream()
				.filter(department -> !source.departments().containsKey(department.getCode()))
				.forEach(department -> {
					audit.add(new Change(Kind.DEPARTMENT, department.getCode(), Action.DELETED, department.data(), null));
					entities.remove(department);
				});
			entities.flush();
		}

		private int depth(Office office, Map<String, Office> all) {
			int depth = 0;
			String parent = office.getParentCode();
			while (parent != null && all.containsKey(parent) && depth < all.size()) {
				parent = all.get(parent).getParentCode();
				depth++;
			}
			return depth;
		}

	}

}
