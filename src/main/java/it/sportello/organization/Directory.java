package it.sportello.organization;

import java.util.List;
import java.util.Optional;

/** Read access to the phone directory (S-KB3): office cards, person cards and the whole printable list. */
public interface Directory {

	Optional<EmployeeView> employee(String id);

	Optional<OfficeCard> officeCard(String code);

	Optional<DepartmentCard> departmentCard(String code);

	/** Every department with its URP and offices, in the order of the structure page. */
	List<DepartmentCard> structure();

	/** Everyone, grouped by department and office (structure order), by surname inside an office. */
	List<EmployeeView> everyone();

}
