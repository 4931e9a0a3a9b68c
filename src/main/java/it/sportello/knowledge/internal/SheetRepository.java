package it.sportello.knowledge.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SheetRepository extends JpaRepository<Sheet, String>, JpaSpecificationExecutor<Sheet> {

	@Query("select max(s.id) from Sheet s where s.id like 'SI-%'")
	Optional<String> highestId();

}
