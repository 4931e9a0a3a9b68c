package it.sportello.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.MutableClock;
import it.sportello.support.RecordingTicketListener;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SportelloIntegrationTest
class EventResubmissionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RecordingTicketListener listener;

	@Autowired
	EventResubmission resubmission;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aPublicationWhoseListenerFailedIsDeliveredAgainByTheResubmissionJob() {
		listener.failNext(1);
		String number = new Api(port).post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode",
				"INFORMAZIONI", "subject", "Evento da riconsegnare", "description", "Il cittadino chiede un modulo",
				"citizen", Map.of("kind", "PERSON", "firstName", "Carmela", "lastName", "Pace", "fiscalCode",
						"PCEVTI90H20A662U", "phone", "0971 123456", "preferredChannel", "PHONE")))
			.text("number");
		await().atMost(Duration.ofSeconds(10)).until(() -> failedFor(number) == 1);
		assertThat(listener.received()).doesNotContain(number);

		// Older than the configured age: the job resubmits it, through the registry's failed publications.
		clock.set(clock.instant().plus(Duration.ofMinutes(6)));
		resubmission.resubmit();

		await().atMost(Duration.ofSeconds(10)).until(() -> listener.received().contains(number));
		await().atMost(Duration.ofSeconds(10)).until(() -> failedFor(number) == 0);
	}

	private long failedFor(String number) {
		return jdbc.queryForObject("select count(*) from event_publication where status = 'FAILED' "
				+ "and event_type like '%TicketOpened' and serialized_event like ?", Long.class, "%" + number + "%");
	}

}
