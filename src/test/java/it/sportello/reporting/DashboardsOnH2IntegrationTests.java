package it.sportello.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import it.sportello.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboards on the one-command start's embedded H2 database (the same context as the embedded demo's test): the
 * read models' statements (upsert, row lock) run on H2 too, and the demo tickets reach them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:file:./target/h2-demo-${random.uuid}/sportello;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"spring.datasource.username=sa", "sportello.index-dir=./target/index/h2-demo-${random.uuid}" })
@ActiveProfiles("demo")
class DashboardsOnH2IntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theDemoTicketsReachTheDashboardsAndARebuildGivesTheSameFigures() {
		Api api = new Api(port);
		ZoneId rome = ZoneId.of("Europe/Rome");
		Instant now = Instant.now();
		String path = "/api/v1/reports/tickets?from=" + LocalDate.ofInstant(now.minus(Duration.ofDays(10)), rome)
				+ "&to=" + LocalDate.ofInstant(now.minus(Duration.ofDays(3)), rome);
		await().atMost(Duration.ofSeconds(30)).until(() -> api.get("responsabile", path).body().path("closed").asLong() == 3);
		JsonNode live = api.get("responsabile", path).body();
		assertThat(live.path("opened").asLong()).isEqualTo(8);
		assertThat(live.path("firstLevelPercent").asDouble()).isEqualTo(66.7);
		assertThat(api.post("admin", "/api/v1/reports/tickets/rebuild", null).status()).isEqualTo(200);
		JsonNode rebuilt = api.get("responsabile", path).body();
		assertThat(rebuilt.path("opened")).isEqualTo(live.path("opened"));
		assertThat(rebuilt.path("timeToClose")).isEqualTo(live.path("timeToClose"));
		assertThat(rebuilt.path("departments")).isEqualTo(live.path("departments"));
	}

}
