package it.sportello.organization.internal;

import java.util.List;
import java.util.Objects;

import it.sportello.organization.internal.DirectoryChanges.Action;
import it.sportello.organization.internal.DirectoryChanges.Change;
import it.sportello.organization.internal.DirectoryChanges.Kind;
import it.sportello.shared.ConflictException;
import it.sportello.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Changes to single departments, offices and employees made by an administrator (API and admin pages). The
 * same rules as the import apply ({@link DirectoryRules}); every change is audited with its data before and
 * after.
 */
@Service
@Transactional
public class DirectoryManagement {

	private final DepartmentRepository departments;

	private final OfficeRepository offices;

	private final EmployeeRepository employees;

	private final DirectoryRules rules;

	private final DirectoryChanges changes;

	private final DepartmentCatalog catalog;

	DirectoryManagement(DepartmentRepository departments, OfficeRepository offices, EmployeeRepository employees,
			DirectoryRules rules, DirectoryChanges changes, DepartmentCatalog catalog) {
		this.departments = departments;
		this.offices = offices;
		this.employees = employees;
		this.rules = rules;
		this.changes = changes;
		this.catalog = catalog;
	}

	public void createDepartment(String code, DepartmentData data, String by) {
		rules.checkNewDepartment(code, data);
		departments.save(new Department(code, data));
		audit(by, new Change(Kind.DEPARTMENT, code, Action.CREATED, null, data));
	}

	public void updateDepartment(String code, DepartmentData data, String by) {
		Department department = department(code);
		rules.checkDepartment(data);
		DepartmentData before = department.data();
		if (!before.equals(data)) {
			department.apply(data);
			audit(by, new Change(Kind.DEPARTMENT, code, Action.UPDATED, before, data));
		}
	}

	public void deleteDepartment(String code, String by) {
		Department department = department(code);
		if (offices.existsByDepartmentCode(code)) {
			throw new ConflictException("directory.department.has-offices", code);
		}
		departments.delete(department);
		audit(by, new Change(Kind.DEPARTMENT, code, Action.DELETED, department.data(), null));
	}

	public void createOffice(String code, OfficeData data, String by) {
		rules.checkNewOffice(code, data);
		offices.save(new Office(code, data));
		audit(by, new Change(Kind.OFFICE, code, Action.CREATED, null, data));
	}

	public void updateOffice(String code, OfficeData data, String by) {
		Office office = office(code);
		rules.checkOffice(code, data);
		OfficeData before = office.data();
		if (!before.equals(data)) {
			office.apply(data);
			audit(by, new Change(Kind.OFFICE, code, Action.UPDATED, before, data));
		}
	}

	public void deleteOffice(String code, String by) {
		Office office = office(code);
		if (offices.existsByParentCode(code) || employees.existsByOffice_Code(code)) {
			throw new ConflictException("directory.office.not-empty", code);
		}
		offices.delete(office);
		audit(by, new Change(Kind.OFFICE, code, Action.DELETED, office.data(), null));
	}

	public void createEmployee(String id, EmployeeData data, String by) {
		rules.checkNewEmployee(id, data);
		employees.save(new Employee(id, data, office(data.officeCode())));
		audit(by, new Change(Kind.EMPLOYEE, id, Action.CREATED, null, data));
	}

	public void updateEmployee(String id, EmployeeData data, String by) {
		Employee employee = employee(id);
		rules.checkEmployee(id, data);
		EmployeeData before = employee.data();
		if (!before.equals(data)) {
			employee.apply(data, office(data.officeCode()));
			audit(by, new Change(Kind.EMPLOYEE, id, Action.UPDATED, before, data));
		}
	}

	/** Replaces the offices a person serves ad interim; audited as an update of the person. */
	public void replaceInterimRoles(String id, List<InterimRoleData> roles, String by) {
		Employee employee = employee(id);
		rules.checkInterimRoles(employee, roles);
		List<InterimRoleData> before = InterimRoleData.of(employee.getInterimRoles());
		if (!Objects.equals(before, roles)) {
			employee.replaceInterimRoles(roles.stream().map(role -> new InterimRole(office(role.officeCode()), role.position())).toList());
			audit(by, new Change(Kind.EMPLOYEE, id, Action.UPDATED, before, roles));
		}
	}

	public void deleteEmployee(String id, String by) {
		Employee employee = employee(id);
		employees.delete(employee);
		audit(by, new Change(Kind.EMPLOYEE, id, Action.DELETED, employee.data(), null));
	}

	private Department department(String code) {
		return departments.findById(code).orElseThrow(() -> new NotFoundException("department.not-found", code));
	}

	private Office office(String code) {
		return offices.findById(code).orElseThrow(() -> new NotFoundException("directory.office.not-found", code));
	}

	private Employee employee(String id) {
		return employees.findById(id).orElseThrow(() -> new NotFoundException("directory.employee.not-found", id));
	}

	private void audit(String by, Change change) {
		changes.record(by, change);
		if (change.kind() != Kind.EMPLOYEE) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					catalog.refresh();
				}
			});
		}
	}

}
