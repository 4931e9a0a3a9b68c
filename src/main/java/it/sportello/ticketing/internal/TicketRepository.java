package it.sportello.ticketing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TicketRepository extends JpaRepository<Ticket, Long> {

	Optional<Ticket> findByNumber(String number);

	/** Number and open clarification question of those of the tickets that have one. */
	@Query("select t.number, t.openQuestion from Ticket t where t.number in :numbers and t.openQuestion is not null")
	List<Object[]> findOpenQuestions(Collection<String> numbers);

}
