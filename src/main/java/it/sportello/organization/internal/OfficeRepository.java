package it.sportello.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OfficeRepository extends Repository<Office, String> {

	List<Office> findAll();

	Optional<Office> findById(String code);

	boolean existsById(String code);

	boolean existsByDepartmentCode(String departmentCode);

	boolean existsByParentCode(String parentCode);

	@Query("select o from Office o where o.departmentCode = ?1 and o.type = 'URP'")
	List<Office> findUrps(String departmentCode);

	Office save(Office office);

	void delete(Office office);

}
