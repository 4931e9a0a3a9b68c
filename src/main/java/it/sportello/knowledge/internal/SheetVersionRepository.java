package it.sportello.knowledge.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SheetVersionRepository extends JpaRepository<SheetVersion, Long> {

	List<SheetVersion> findBySheetIdOrderByNumber(String sheetId);

	Optional<SheetVersion> findBySheetIdAndNumber(String sheetId, int number);

}
