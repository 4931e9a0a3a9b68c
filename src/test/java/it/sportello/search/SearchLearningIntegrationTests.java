package it.sportello.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import it.sportello.organization.DirectorySearchFixtures;
import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The search learns from the choices made after it, and lists what found nothing, keeping no personal data. */
@SportelloIntegrationTest
class SearchLearningIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexes indexes;

	@Autowired
	MutableClock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
		jdbc.update("delete from search_boost");
	}

	@Test
	void anEntryChosenAfterATextRanksFirstForThatTextAfterwardsAndTheBackOfficeCanForgetIt() {
		JsonNode before = api.get("operatore", "/api/v1/search?q=giuseppe rossi&type=PERSON").body();
		String second = before.path("content").get(1).path("id").asString();
		assertThat(api.post("operatore", "/api/v1/search/choices",
				Map.of("searchId", before.path("searchId").asString(), "type", "PERSON", "id", second)).status())
			.isEqualTo(204);

		JsonNode after = api.get("operatore", "/api/v1/search?q=Giuseppe  Rossi&type=PERSON").body();
		assertThat(after.path("content").get(0).path("id").asString()).isEqualTo(second);
		Response learnt = api.get("backoffice", "/api/v1/search/learning");
		assertThat(learnt.body().toString()).contains("giuseppe rossi").contains(second);
		assertThat(api.get("operatore", "/api/v1/search/learning").status()).isEqualTo(403);

		assertThat(api.call(HttpMethod.DELETE, "backoffice",
				"/api/v1/search/learning?text=giuseppe rossi&type=PERSON&id=" + second, null, Map.of()).status())
			.isEqualTo(204);
		assertThat(api.get("backoffice", "/api/v1/search/learning").body().toString()).doesNotContain(second);
	}

	@Test
	void keystrokesBeforeAChoiceAreOneSearchWithTheLastText() {
		String firstId = api.get("operatore", "/api/v1/search?q=lam&type=PERSON").body().path("searchId").asString();
		api.get("operatore", "/api/v1/search?q=lamor&type=PERSON");
		JsonNode last = api.get("operatore", "/api/v1/search?q=lamorte maria&type=PERSON").body();
		api.post("operatore", "/api/v1/search/choices", Map.of("searchId", firstId, "type", "PERSON", "id", "E0362"));
		List<String> texts = jdbc.queryForList("select text from search_log where chosen_id = 'E0362'", String.class);
		assertThat(texts).containsExactly("lamorte maria");
		assertThat(last.path("searchId").asString()).isNotEqualTo(firstId);
	}

	@Test
	void aSearchThatFoundNothingIsListedWithoutFiscalCodesPhonesOrEmails() {
		api.get("backoffice", "/api/v1/search?q=zzqqzz RSSMRA80A01H501U 333 1234567 mario.rossi@example.it");
		clock.set(Instant.now().plusSeconds(11));
		// The next search after ten quiet seconds ends the previous one.
		api.get("backoffice", "/api/v1/search?q=rossi");
		Response unanswered = api.get("backoffice", "/api/v1/search/unanswered?limit=20");
		assertThat(unanswered.status()).isEqualTo(200);
		String listed = unanswered.body().toString();
		assertThat(listed).contains("zzqqzz [codice fiscale] [telefono] [e-mail]")
			.doesNotContain("RSSMRA").doesNotContain("1234567").doesNotContain("example.it");
		assertThat(api.get("operatore", "/api/v1/search/unanswered").status()).isEqualTo(403);
	}

	@Test
	void anUnknownSearchIdOrTypeIsAProblem() {
		assertThat(api.post("operatore", "/api/v1/search/choices",
				Map.of("searchId", "nope", "type", "PERSON", "id", "E0362")).status()).isEqualTo(404);
		assertThat(api.post("operatore", "/api/v1/search/choices",
				Map.of("searchId", "nope", "type", "CITIZEN", "id", "E0362")).status()).isEqualTo(400);
		assertThat(api.post("operatore", "/api/v1/search/choices", Map.of("type", "PERSON", "id", "E0362")).status())
			.isEqualTo(400);
	}

}
