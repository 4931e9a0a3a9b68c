package it.sportello.reporting.tickets;

import it.sportello.ticketing.TicketEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the dashboards with every ticket event, after ticketing's commit, in a transaction of its own; a failure
 * leaves the publication incomplete, to be delivered again (which the read models take as a no-op when it had
 * been stored).
 */
@Component
class TicketEventsListener {

	private final TicketFacts facts;

	TicketEventsListener(TicketFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(TicketEvent event) {
		facts.record(event);
	}

}
