package it.sportello.knowledge.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NeedRepository extends JpaRepository<Need, String> {

	@Query("select max(n.id) from Need n where n.id like 'EI-%'")
	Optional<String> highestId();

	List<Need> findByDepartmentCodeOrderByNeededByAscIdAsc(String departmentCode);

	List<Need> findAllByOrderByNeededByAscIdAsc();

	Optional<Need> findBySheetId(String sheetId);

}
