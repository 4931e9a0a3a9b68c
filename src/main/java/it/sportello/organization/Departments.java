package it.sportello.organization;

import java.util.List;
import java.util.Optional;

/** Read access to the Region's structure: departments and their offices and URPs. */
public interface Departments {

	List<DepartmentView> all();

	Optional<DepartmentView> find(String code);

	boolean exists(String code);

	Optional<OfficeView> findOffice(String code);

	List<OfficeView> offices(String departmentCode);

}
