package it.sportello.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EmployeeRepository extends Repository<Employee, String> {

	/** Everyone with their office in one query: the import compares, the export and the print list all. */
	@Query("select e from Employee e join fetch e.office")
	List<Employee> findAllWithOffice();

	@Query("select e from Employee e join fetch e.office where e.id = ?1")
	Optional<Employee> findWithOffice(String id);

	@Query("select e from Employee e join fetch e.office o where o.code = ?1 order by e.lastName, e.firstName")
	List<Employee> findByOffice(String officeCode);

	@Query("select distinct e from Employee e join fetch e.office join e.interimRoles r where r.office.code = ?1 order by e.lastName, e.firstName")
	List<Employee> findInterimIn(String officeCode);

	Optional<Employee> findByExtension(String extension);

	Optional<Employee> findById(String id);

	boolean existsByOffice_Code(String officeCode);

	Employee save(Employee employee);

	void delete(Employee employee);

}
