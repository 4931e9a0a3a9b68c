package it.sportello.knowledge.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SheetHistoryRepository extends JpaRepository<SheetHistoryEntry, Long> {

	List<SheetHistoryEntry> findBySheetIdOrderById(String sheetId);

}
