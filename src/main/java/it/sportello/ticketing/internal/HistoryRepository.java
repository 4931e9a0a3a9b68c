package it.sportello.ticketing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The append-only timeline of tickets: entries are added and read, never changed. */
public interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

	/** In time order; ids come in blocks per application node, so they alone do not order a timeline. */
	List<HistoryEntry> findByTicketIdOrderByOccurredAtAscIdAsc(Long ticketId);

	/**
	 * A ticket's timeline with the ticket itself, in one statement: every ticket has at least the entry
	 * of its opening, so reading a ticket by number needs no second query for it.
	 */
	@Query("select h from HistoryEntry h join fetch h.ticket t where t.number = :number order by h.occurredAt, h.id")
	List<HistoryEntry> findTimelineWithTicket(String number);

}
