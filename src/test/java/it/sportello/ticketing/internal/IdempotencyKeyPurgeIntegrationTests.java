package it.sportello.ticketing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency keys are kept for a day, then forgotten: a retry within the day replays, a day later it opens anew. */
@SportelloIntegrationTest
class IdempotencyKeyPurgeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	IdempotencyKeyPurge purge;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static Map<String, Object> newTicket(String subject) {
		return Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI", "subject", subject, "description", subject,
				"citizen", Map.of("firstName", "Vito", "lastName", "Pace", "fiscalCode", "PCEVTI90H20A662U"));
	}

	@Test
	void forgetsKeysOlderThanADayAndKeepsTheOthers() {
		Api api = new Api(port);
		Instant start = Instant.parse("2031-05-05T08:00:00Z");
		clock.set(start);
		Map<String, String> old = Map.of("Idempotency-Key", "purge-old");
		String first = api.post("operatore", "/api/v1/tickets", newTicket("Chiave vecchia"), old).text("number");
		clock.set(start.plus(Duration.ofHours(20)));
		Map<String, String> recent = Map.of("Idempotency-Key", "purge-recent");
		String second = api.post("operatore", "/api/v1/tickets", newTicket("Chiave recente"), recent)
			.text("number");

		clock.set(start.plus(Duration.ofHours(25)));
		assertThat(purge.purge()).as("at least the day-old key").isPositive();

		Response replay = api.post("operatore", "/api/v1/tickets", newTicket("Chiave recente"), recent);
		assertThat(replay.status()).as("kept: still a replay").isEqualTo(200);
		assertThat(replay.text("number")).isEqualTo(second);
		Response anew = api.post("operatore", "/api/v1/tickets", newTicket("Chiave vecchia"), old);
		assertThat(anew.status()).as("forgotten: a new ticket").isEqualTo(201);
		assertThat(anew.text("number")).isNotEqualTo(first);
	}

}
