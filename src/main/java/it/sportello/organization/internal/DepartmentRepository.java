package it.sportello.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DepartmentRepository extends Repository<Department, String> {

	List<Department> findAll();

	Optional<Department> findById(String code);

	boolean existsById(String code);

	Department save(Department department);

	void delete(Department department);

}
