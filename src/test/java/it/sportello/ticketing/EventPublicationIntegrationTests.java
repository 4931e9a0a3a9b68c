package it.sportello.ticketing;

import java.time.Duration;

import it.sportello.support.Api;
import it.sportello.support.RecordingTicketListener;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

import static it.sportello.ticketing.TicketFlowIntegrationTests.FISCAL_CODE;
import static it.sportello.ticketing.TicketFlowIntegrationTests.newTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events go through the publication registry: a listener that fails gets the event again on resubmission. */
@SportelloIntegrationTest
class EventPublicationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RecordingTicketListener listener;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEventAFailingListenerMissedIsStoredAndDeliveredOnResubmission() {
		listener.failNext(1);

		String number = new Api(port).post("operatore", "/api/v1/tickets", newTicket("Evento", FISCAL_CODE))
			.text("number");

		await().atMost(Duration.ofSeconds(10)).until(() -> incompleteFor(number) == 1);
		assertThat(listener.received()).doesNotContain(number);

		incomplete.resubmitIncompletePublications(publication -> true);

		await().atMost(Duration.ofSeconds(10)).until(() -> listener.received().contains(number));
		await().atMost(Duration.ofSeconds(10)).until(() -> incompleteFor(number) == 0);
	}

	@Test
	void everyOpenedTicketReachesTheListener() {
		String number = new Api(port).post("operatore", "/api/v1/tickets", newTicket("Evento", FISCAL_CODE))
			.text("number");

		await().atMost(Duration.ofSeconds(10)).until(() -> listener.received().contains(number));
	}

	private long incompleteFor(String number) {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and event_type like '%TicketOpened' and serialized_event like ?", Long.class, "%" + number + "%");
	}

}
