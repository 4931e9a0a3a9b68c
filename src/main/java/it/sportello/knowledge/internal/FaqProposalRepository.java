package it.sportello.knowledge.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FaqProposalRepository extends JpaRepository<FaqProposal, Long> {

	Optional<FaqProposal> findByTicketNumber(String ticketNumber);

	List<FaqProposal> findByStateOrderById(FaqProposal.State state);

}
