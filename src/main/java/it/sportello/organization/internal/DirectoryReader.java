package it.sportello.organization.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.sportello.organization.DepartmentCard;
import it.sportello.organization.DepartmentView;
import it.sportello.organization.Departments;
import it.sportello.organization.Directory;
import it.sportello.organization.EmployeeView;
import it.sportello.organization.OfficeCard;
import it.sportello.organization.OfficeView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Directory} from the database for people (they change daily) and from the catalog's snapshot for
 * the structure (it changes a few times a year).
 */
@Service
@Transactional(readOnly = true)
class DirectoryReader implements Directory {

	/** Surname, then name, then id so that homonyms always come in the same order. */
	static final Comparator<EmployeeView> BY_SURNAME = Comparator
		.comparing((EmployeeView e) -> e.lastName().toLowerCase(java.util.Locale.ITALIAN))
		.thenComparing(e -> e.firstName().toLowerCase(java.util.Locale.ITALIAN))
		.thenComparing(EmployeeView::id);

	private final EmployeeRepository employees;

	private final Departments departments;

	DirectoryReader(EmployeeRepository employees, Departments departments) {
		this.employees = employees;
		this.departments = departments;
	}

	@Override
	public Optional<EmployeeView> employee(String id) {
		return employees.findWithOffice(id).map(Employee::toView);
	}

	@Override
	public Optional<OfficeCard> officeCard(String code) {
		return departments.findOffice(code).map(office -> {
			DepartmentView department = departments.find(office.departmentCode()).orElseThrow();
			OfficeView parent = office.parentCode() == null ? null : departments.findOffice(office.parentCode()).orElse(null);
			List<OfficeView> children = departments.offices(office.departmentCode())
				.stream()
				.filter(child -> code.equals(child.parentCode()))
				.toList();
			List<EmployeeView> own = employees.findByOffice(code).stream().map(Employee::toView).sorted(BY_SURNAME).toList();
			List<EmployeeView> interim = employees.findInterimIn(code).stream().map(Employee::toView).sorted(BY_SURNAME).toList();
			return new OfficeCard(office, department, parent, children, own, interim);
		});
	}

	@Override
	public Optional<DepartmentCard> departmentCard(String code) {
		return departments.find(code).map(this::card);
	}

	@Override
	public List<DepartmentCard> structure() {
		return departments.all().stream().map(this::card).toList();
	}

	private DepartmentCard card(DepartmentView department) {
		List<OfficeView> offices = departments.offices(department.code());
		return new DepartmentCard(department, offices.stream().filter(OfficeView::isUrp).findFirst().orElse(null), offices);
	}

	@Override
	public List<EmployeeView> everyone() {
		Map<String, Integer> officeOrder = new java.util.HashMap<>();
		for (DepartmentCard department : structure()) {
			department.offices().forEach(office -> officeOrder.putIfAbsent(office.code(), officeOrder.size()));
		}
		return employees.findAllWithOffice()
			.stream()
			.map(Employee::toView)
			.sorted(Comparator.comparing((EmployeeView e) -> officeOrder.getOrDefault(e.officeCode(), Integer.MAX_VALUE))
				.thenComparing(BY_SURNAME))
			.collect(Collectors.toList());
	}


}
