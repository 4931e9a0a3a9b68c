package it.sportello.ticketing.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketRepository extends JpaRepository<Ticket, Long> {

	Optional<Ticket> findByNumber(String number);

}
