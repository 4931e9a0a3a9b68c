package it.sportello.ticketing.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.CurrentStaff;
import it.sportello.ticketing.internal.TicketQueries;
import it.sportello.ticketing.internal.TicketSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** S-Q1: every contact a citizen has had, for whoever answers them next. */
@RestController
@Tag(name = "Citizens")
class CitizenTicketsApiController {

	private final TicketQueries queries;

	private final CurrentStaff currentStaff;

	CitizenTicketsApiController(TicketQueries queries, CurrentStaff currentStaff) {
		this.queries = queries;
		this.currentStaff = currentStaff;
	}

	@GetMapping("/api/v1/citizens/{id}/tickets")
	@Operation(summary = "The citizen's tickets, newest first (within the caller's department scope)")
	List<TicketSummary> tickets(@PathVariable long id) {
		return queries.ofCitizen(id, currentStaff.get());
	}

}
