package it.sportello.identity;

import java.time.Duration;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read of a citizen's record is answered only once its audit row is committed, and not at all (503) while rows
 * cannot be written; health says DOWN meanwhile, and everything recorded is written once the database takes it.
 */
@SportelloIntegrationTest
class AccessAuditGroupCommitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAuditRowOfAReadIsCommittedBeforeTheReadIsAnswered() {
		Api api = new Api(port);
		long citizen = anyCitizen();
		for (int i = 0; i < 20; i++) {
			long before = reads(citizen);

			assertThat(api.get("operatore", "/api/v1/citizens/" + citizen).status()).isEqualTo(200);

			// No flush, no waiting: the row is there when the answer is.
			assertThat(reads(citizen)).isEqualTo(before + 1);
		}
	}

	@Test
	void whileTheDatabaseRefusesAuditRowsReadsAre503AndHealthIsDownUntilItTakesThemAgain() {
		Api api = new Api(port);
		api.token("operatore");
		long citizen = anyCitizen();
		long before = reads(citizen);
		jdbc.execute("alter table access_audit rename to access_audit_away");
		Response refused;
		try {
			refused = api.get("operatore", "/api/v1/citizens/" + citizen);

			assertThat(api.call(org.springframework.http.HttpMethod.GET, null, "/actuator/health", null,
					java.util.Map.of()).status()).isEqualTo(503);
		}
		finally {
			jdbc.execute("alter table access_audit_away rename to access_audit");
		}

		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
		assertThat(refused.text("detail")).contains("non \u00e8 disponibile");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.call(org.springframework.http.HttpMethod.GET, null, "/actuator/health",
					null, java.util.Map.of()).status()).isEqualTo(200));
		// The refused read's row was kept and written: the trail shows the attempt.
		assertThat(reads(citizen)).isEqualTo(before + 1);
		assertThat(api.get("operatore", "/api/v1/citizens/" + citizen).status()).isEqualTo(200);
	}

	private long anyCitizen() {
		return jdbc.queryForObject("select min(id) from citizen", Long.class);
	}

	private long reads(long citizen) {
		return jdbc.queryForObject(
				"select count(*) from access_audit where action = 'READ' and subject_type = 'CITIZEN' and subject_id = ?",
				Long.class, String.valueOf(citizen));
	}

}
