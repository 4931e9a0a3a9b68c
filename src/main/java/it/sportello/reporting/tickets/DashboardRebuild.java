package it.sportello.reporting.tickets;

import java.util.List;

import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the dashboards' read models again from the tickets that exist, through ticketing's replay of their
 * timelines ({@link TicketDesk#pastEvents}), in one transaction: readers see the old figures until the new ones are
 * complete. Events that arrive meanwhile are stored once either way.
 */
@Service
public class DashboardRebuild {

	private static final Logger log = LoggerFactory.getLogger(DashboardRebuild.class);

	private static final int TICKETS_PER_READ = 200;

	private final TicketDesk desk;

	private final TicketFacts facts;

	DashboardRebuild(TicketDesk desk, TicketFacts facts) {
		this.desk = desk;
		this.facts = facts;
	}

	/** How many tickets and events the rebuilt dashboards hold (serializable: a page session carries it to the next page). */
	public record Rebuilt(int tickets, int events) implements java.io.Serializable {
	}

	@Transactional
	public Rebuilt rebuild() {
		facts.clear();
		int tickets = 0;
		int events = 0;
		@Nullable String after = null;
		while (true) {
			List<TicketEvent> page = desk.pastEvents(after, TICKETS_PER_READ);
			if (page.isEmpty()) {
				break;
			}
			String last = after;
			for (TicketEvent event : page) {
				facts.record(event);
				events++;
				if (!event.number().equals(last)) {
					tickets++;
					last = event.number();
				}
			}
			after = last;
		}
		log.info("Ticket dashboards rebuilt: {} tickets, {} events", tickets, events);
		return new Rebuilt(tickets, events);
	}

}
