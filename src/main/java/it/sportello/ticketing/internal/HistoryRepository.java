package it.sportello.ticketing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The append-only timeline of tickets: entries are added and read, never changed. */
public interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

	/** In time order; ids come in blocks per application node, so they alone do not order a timeline. */
	List<HistoryEntry> findByTicketIdOrderByOccurredAtAscIdAsc(Long ticketId);

}
