package it.sportello.ticketing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

	Optional<Ticket> findByNumber(String number);

	@Query("select t from Ticket t left join fetch t.history where t.number = :number")
	Optional<Ticket> findWithHistoryByNumber(String number);

	List<Ticket> findTop20ByCitizenIdOrderByOpenedAtDesc(long citizenId);

}
