package it.sportello.organization.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import it.sportello.shared.ConflictException;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules of the structure and the directory for a single change, checked against the database: the
 * counterpart of the import's file checks, with the same field rules, so both paths accept the same data.
 */
@Component
class DirectoryRules {

	private final DepartmentRepository departments;

	private final OfficeRepository offices;

	private final EmployeeRepository employees;

	DirectoryRules(DepartmentRepository departments, OfficeRepository offices, EmployeeRepository employees) {
		this.departments = departments;
		this.offices = offices;
		this.employees = employees;
	}

	void checkNewDepartment(String code, DepartmentData data) {
		field("code", FieldRules.departmentCode(code));
		if (departments.existsById(code)) {
			throw new ConflictException("directory.department.exists", code);
		}
		checkDepartment(data);
	}

	void checkDepartment(DepartmentData data) {
		field("phone", FieldRules.phone(data.phone()));
		field("email", FieldRules.email(data.email()));
		field("pec", FieldRules.email(data.pec()));
		field("website", FieldRules.website(data.website()));
	}

	void checkNewOffice(String code, OfficeData data) {
		field("code", FieldRules.officeCode(code));
		if (offices.existsById(code)) {
			throw new ConflictException("directory.office.exists", code);
		}
		checkOffice(code, data);
	}

	void checkOffice(String code, OfficeData data) {
		field("type", FieldRules.officeType(data.type()));
		field("phone", FieldRules.phone(data.phone()));
		field("email", FieldRules.email(data.email()));
		field("pec", FieldRules.email(data.pec()));
		field("website", FieldRules.website(data.website()));
		if (!departments.existsById(data.departmentCode())) {
			throw new InvalidInputException("departmentCode", "department.not-found", data.departmentCode());
		}
		checkParent(code, data);
		if ("URP".equals(data.type())) {
			offices.findUrps(data.departmentCode())
				.stream()
				.filter(urp -> !urp.getCode().equals(code))
				.findFirst()
				.ifPresent(urp -> {
					throw new InvalidInputException("type", "directory.office.second-urp", data.departmentCode(), urp.getCode());
				});
		}
	}

	private void checkParent(String code, OfficeData data) {
		String parentCode = data.parentCode();
		if (parentCode == null) {
			if (!"STRUTTURA".equals(data.type())) {
				throw new InvalidInputException("parentCode", "directory.office.parent-required");
			}
			return;
		}
		Office parent = offices.findById(parentCode)
			.orElseThrow(() -> new InvalidInputException("parentCode", "directory.office.not-found", parentCode));
		if (!parent.getDepartmentCode().equals(data.departmentCode())) {
			throw new InvalidInputException("parentCode", "directory.office.parent-other-department", parentCode,
					parent.getDepartmentCode());
		}
		Set<String> seen = new HashSet<>(Set.of(code));
		for (Office ancestor = parent; ancestor != null;
				ancestor = ancestor.getParentCode() == null ? null : offices.findById(ancestor.getParentCode()).orElse(null)) {
			if (!seen.add(ancestor.getCode())) {
				throw new InvalidInputException("parentCode", "directory.office.parent-cycle", parentCode);
			}
		}
	}

	void checkNewEmployee(String id, EmployeeData data) {
		field("id", FieldRules.employeeId(id));
		if (employees.findById(id).isPresent()) {
			throw new ConflictException("directory.employee.exists", id);
		}
		checkEmployee(id, data);
	}

	void checkEmployee(String id, EmployeeData data) {
		field("extension", FieldRules.extension(data.extension()));
		field("directPhone", FieldRules.phone(data.directPhone()));
		field("email", FieldRules.email(data.email()));
		if (!offices.existsById(data.officeCode())) {
			throw new InvalidInputException("officeCode", "directory.office.not-found", data.officeCode());
		}
		employees.findByExtension(data.extension())
			.filter(holder -> !holder.getId().equals(id))
			.ifPresent(holder -> {
				throw new InvalidInputException("extension", "directory.employee.extension-taken", data.extension(),
						holder.getId());
			});
	}

	void checkInterimRoles(Employee employee, List<InterimRoleData> roles) {
		Set<String> seen = new HashSet<>();
		for (InterimRoleData role : roles) {
			if (!offices.existsById(role.officeCode())) {
				throw new InvalidInputException("officeCode", "directory.office.not-found", role.officeCode());
			}
			if (Objects.equals(role.officeCode(), employee.getOffice().getCode()) || !seen.add(role.officeCode())) {
				throw new InvalidInputException("officeCode", "directory.interim.duplicate", role.officeCode());
			}
		}
	}

	private static void field(String field, @Nullable Broken broken) {
		if (broken != null) {
			throw new InvalidInputException(field, broken.code(), broken.arguments().toArray());
		}
	}

}
