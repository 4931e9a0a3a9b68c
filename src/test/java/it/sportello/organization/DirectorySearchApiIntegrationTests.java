package it.sportello.organization;

import java.util.List;
import java.util.Map;

import it.sportello.search.SearchIndexes;
import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory search API, its rules, and putting a switchboard call through from it. */
@SportelloIntegrationTest
class DirectorySearchApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexes indexes;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
	}

	@Test
	void resultCarriesWhatTheOperatorNeedsAndWhyItMatched() {
		Response response = api.get("operatore", "/api/v1/directory/search?q=giuseppe rossi&limit=5");
		assertThat(response.status()).isEqualTo(200);
		JsonNode first = response.body().get(0);
		assertThat(first.path("type").asString()).isEqualTo("PERSON");
		assertThat(first.path("id").asString()).isIn("E0134", "E0247");
		assertThat(first.path("extension").asString()).matches("\\d{4}");
		assertThat(first.path("office").path("code").asString()).isNotBlank();
		assertThat(first.path("department").path("name").asString()).startsWith("Dipartimento");
		assertThat(first.path("openingHours").asString()).isNotBlank();
		assertThat(first.path("matched").toString()).contains("<mark>Giuseppe</mark> <mark>Rossi</mark>");
	}

	@Test
	void officesComeWithTheirHoursAndDepartment() {
		JsonNode first = api.get("operatore", "/api/v1/directory/search?q=tesserini di caccia").body().get(0);
		assertThat(first.path("type").asString()).isEqualTo("OFFICE");
		assertThat(first.path("id").asString()).isEqualTo("AGRI-06");
		assertThat(first.path("openingHours").asString()).contains("lun, mer e ven");
		assertThat(first.path("department").path("code").asString()).isEqualTo("AGRI");
		assertThat(first.path("matched").toString()).contains("<mark>");
	}

	@Test
	void officeTextIsMarkedThroughStemmingAndSynonyms() {
		JsonNode caccia = api.get("operatore", "/api/v1/directory/search?q=tesserini di caccia").body().get(0);
		assertThat(caccia.path("matched").toString()).contains("<mark>tesserino</mark> <mark>venatorio</mark>")
			.contains("ambiti territoriali di <mark>caccia</mark>");
		JsonNode bollo = api.get("operatore", "/api/v1/directory/search?q=bollo auto").body().get(0);
		assertThat(bollo.path("id").asString()).isEqualTo("PROG-02");
		// The starter thesaurus reads "bollo auto" as "tassa automobilistica": both words are marked.
		assertThat(bollo.path("matched").toString()).contains("<mark>tassa</mark> <mark>automobilistica</mark>")
			.contains("<mark>bollo</mark>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "operatore", "backoffice", "supporto.agri", "urp.salu", "responsabile", "admin",
			"societa.informazione" })
	void everyStaffRoleMaySearch(String user) {
		assertThat(api.get(user, "/api/v1/directory/search?q=lorusso").status()).isEqualTo(200);
	}

	@Test
	void anonymousCallersAreRejected() {
		assertThat(api.call(HttpMethod.GET, null, "/api/v1/directory/search?q=rossi", null, Map.of()).status())
			.isEqualTo(401);
	}

	@Test
	void emptyOrOverlongQueriesAreProblems() {
		Response empty = api.get("operatore", "/api/v1/directory/search?q= ");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body().path("errors").get(0).path("field").asString()).isEqualTo("q");
		assertThat(api.get("operatore", "/api/v1/directory/search?q=" + "a".repeat(201)).status()).isEqualTo(400);
		assertThat(api.get("operatore", "/api/v1/directory/search").status()).isEqualTo(400);
		assertThat(api.get("operatore", "/api/v1/directory/search?q=rossi&limit=0").status()).isEqualTo(400);
	}

	@Test
	void onlyAdministratorsRebuildTheIndex() {
		assertThat(api.post("operatore", "/api/v1/search/index", null).status()).isEqualTo(403);
		Response rebuilt = api.post("admin", "/api/v1/search/index", null);
		assertThat(rebuilt.status()).isEqualTo(200);
		assertThat(rebuilt.body().path("indexed").path("Employee").asLong()).isGreaterThanOrEqualTo(832);
	}

	@Test
	void aSwitchboardCallPutThroughToAPersonRecordsTheDestinationAndCloses() {
		String number = openSwitchboardTicket();
		Response forwarded = api.post("operatore", "/api/v1/tickets/" + number + "/forwarding",
				Map.of("employeeId", "E0134"));
		assertThat(forwarded.status()).isEqualTo(200);
		assertThat(forwarded.text("state")).isEqualTo("CLOSED");
		assertThat(forwarded.text("forwardedTo"))
			.isEqualTo("Giuseppe Rossi (interno 2607, Ufficio Tributi ed Entrate Regionali)");
	}

	@Test
	void aCallPutThroughToAnOfficeNamesItsSecretariat() {
		String number = openSwitchboardTicket();
		Response forwarded = api.post("operatore", "/api/v1/tickets/" + number + "/forwarding",
				Map.of("officeCode", "AGRI-06", "note", "Chiede del tesserino venatorio"));
		assertThat(forwarded.text("forwardedTo")).startsWith("Ufficio Caccia, Pesca e Tutela della Fauna (interno 3747");
	}

	@Test
	void aDestinationMustBeOneAndKnown() {
		String number = openSwitchboardTicket();
		assertThat(api.post("operatore", "/api/v1/tickets/" + number + "/forwarding", Map.of("employeeId", "E9999"))
			.status()).isEqualTo(400);
		assertThat(api.post("operatore", "/api/v1/tickets/" + number + "/forwarding",
				Map.of("employeeId", "E0134", "destination", "Ufficio Caccia")).status()).isEqualTo(400);
		assertThat(api.post("operatore", "/api/v1/tickets/" + number + "/forwarding", Map.of()).status()).isEqualTo(400);
		assertThat(api.post("operatore", "/api/v1/tickets/" + number + "/forwarding",
				Map.of("destination", "Prefettura di Potenza")).text("forwardedTo")).isEqualTo("Prefettura di Potenza");
	}

	private String openSwitchboardTicket() {
		Map<String, Object> ticket = Map.of("channel", "PHONE", "categoryCode", "CENTRALINO", "subject",
				"Chiede di un dipendente", "description", "Centralino", "citizen",
				Map.of("kind", "PERSON", "firstName", "Rocco", "lastName", "Telesca", "phone", "0971 654321"));
		Response opened = api.post("operatore", "/api/v1/tickets", ticket);
		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
		return opened.text("number");
	}

	static List<String> ids(JsonNode results) {
		return results.valueStream().map(r -> r.path("id").asString()).toList();
	}

}
