package it.sportello;

import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-command start: the demo profile on the embedded H2 file database, every migration applied,
 * demo data loaded, a page and an API call served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:file:./target/h2-demo-${random.uuid}/sportello;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"spring.datasource.username=sa", "sportello.index-dir=./target/index/h2-demo-${random.uuid}" })
@ActiveProfiles("demo")
class EmbeddedDemoIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoProfileStartsOnH2WithAllMigrationsAndDemoData() {
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = false",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from ticket", Long.class)).isGreaterThanOrEqualTo(10);
		assertThat(jdbc.queryForList("select distinct state from ticket", String.class)).contains("OPEN", "ESCALATED",
				"ASSIGNED", "WAITING_FOR_CITIZEN", "ANSWER_RELAYED", "CLOSED");
	}

	@Test
	void publishesTheOpenApiDocumentOfTheTicketApi() {
		String document = RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs").retrieve()
			.body(String.class);
		assertThat(document).contains("/api/v1/tickets/{number}/escalation").contains("/api/v1/citizens")
			.contains("/api/v1/departments").contains("/api/v1/categories").contains("Idempotency-Key");
	}

	@Test
	void servesTheLoginPageAndAnApiCall() {
		String login = RestClient.create("http://127.0.0.1:" + port).get().uri("/login").retrieve().body(String.class);
		assertThat(login).contains("Sportello").contains("<form");

		Api api = new Api(port);
		Response created = api.post("operatore", "/api/v1/tickets",
				Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI", "subject", "Prova su H2", "description",
						"Verifica dell'avvio con un comando", "citizen",
						Map.of("firstName", "Gian Luca", "lastName", "Nolè", "phone", "0971 668899")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(api.get("operatore", "/api/v1/tickets/" + created.text("number")).text("subject"))
			.isEqualTo("Prova su H2");

		// The lists' SQL (LIKE with ESCAPE, IN lists, offsets, NULL ordering) on H2 as on PostgreSQL.
		String number = created.text("number");
		Response found = api.get("operatore", "/api/v1/tickets?number=" + number + "&state=OPEN&level=FIRST_LEVEL"
				+ "&overdue=false&citizen=Nol&sort=dueAt,asc&withTotal=true");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body().path("content").get(0).path("number").asString()).isEqualTo(number);
		assertThat(found.body().path("content").get(0).path("citizen").path("displayName").asString())
			.isEqualTo("Gian Luca Nolè");
		assertThat(found.body().path("page").path("totalElements").asLong()).isEqualTo(1);
		assertThat(api.get("backoffice", "/api/v1/tickets?size=5&page=1").body().path("content").size()).isEqualTo(5);
		assertThat(api.get("operatore", "/api/v1/tickets?number=" + number.replace('-', '_')).body().path("content")
			.size()).isZero();
	}

}
