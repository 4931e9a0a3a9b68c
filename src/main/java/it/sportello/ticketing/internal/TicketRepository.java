package it.sportello.ticketing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

	Optional<Ticket> findByNumber(String number);

	List<Ticket> findTop20ByCitizenIdOrderByOpenedAtDesc(long citizenId);

}
