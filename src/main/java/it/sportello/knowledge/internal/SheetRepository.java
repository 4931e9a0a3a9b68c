package it.sportello.knowledge.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SheetRepository extends JpaRepository<Sheet, String>, JpaSpecificationExecutor<Sheet> {

	/** What a list shows of the sheets {@code ids}, without loading their texts; in no order. */
	@Query("select new it.sportello.knowledge.internal.SheetSummary(s.id, s.title, s.summary, s.state, s.departmentCode,"
			+ " s.officeCode, s.validFrom, s.validUntil, s.publishedVersion) from Sheet s where s.id in :ids")
	java.util.List<SheetSummary> summaries(java.util.Collection<String> ids);

	@Query("select max(s.id) from Sheet s where s.id like 'SI-%'")
	Optional<String> highestId();

	/** Sheets in use or in the making whose office is none of {@code offices}: a directory import deleted it. */
	java.util.List<Sheet> findByStateNotAndOfficeCodeNotInOrderById(it.sportello.knowledge.SheetState state,
			java.util.Collection<String> offices);

	java.util.List<Sheet> findByStateAndValidUntilBefore(it.sportello.knowledge.SheetState state,
			java.time.LocalDate day);

	java.util.List<Sheet> findByStateAndValidUntilBetween(it.sportello.knowledge.SheetState state,
			java.time.LocalDate from, java.time.LocalDate until);

}
