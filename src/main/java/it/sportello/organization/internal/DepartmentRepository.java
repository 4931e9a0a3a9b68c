package it.sportello.organization.internal;

import java.util.List;

import org.springframework.data.repository.Repository;

interface DepartmentRepository extends Repository<Department, String> {

	List<Department> findAll();

}
