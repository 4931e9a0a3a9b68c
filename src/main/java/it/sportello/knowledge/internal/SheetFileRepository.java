package it.sportello.knowledge.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SheetFileRepository extends JpaRepository<SheetFile, Long> {

	List<SheetFile> findBySheetIdOrderById(String sheetId);

	List<SheetFile> findBySheetIdInOrderById(java.util.Collection<String> sheetIds);

	Optional<SheetFile> findByIdAndSheetId(long id, String sheetId);

}
