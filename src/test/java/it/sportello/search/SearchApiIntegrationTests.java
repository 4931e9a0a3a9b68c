package it.sportello.search;

import it.sportello.organization.DirectorySearchFixtures;
import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The one search box's API: its contract, its filters and facets, its relaxed answers and its refusals. */
@SportelloIntegrationTest
class SearchApiIntegrationTests {

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
	void aHitHasTypeIdTitleSnippetScoreAndReasonsWithFacetsAndASearchId() {
		// The directory's hit: knowledge answers the same text with sheets and procedures of equal share.
		Response response = api.get("operatore", "/api/v1/search?q=tesserini di caccia&type=PERSON&type=OFFICE&size=5");
		assertThat(response.status()).isEqualTo(200);
		JsonNode first = response.body().path("content").get(0);
		assertThat(first.path("type").asString()).isEqualTo("OFFICE");
		assertThat(first.path("id").asString()).isEqualTo("AGRI-06");
		assertThat(first.path("title").asString()).isEqualTo("Ufficio Caccia, Pesca e Tutela della Fauna");
		assertThat(first.path("snippet").asString()).contains("<mark>");
		assertThat(first.path("score").asDouble()).isPositive();
		assertThat(first.path("reasons").size()).isPositive();
		assertThat(response.body().path("content").size()).isLessThanOrEqualTo(5);
		assertThat(response.body().path("facets").path("type").path("OFFICE").asLong()).isPositive();
		assertThat(response.body().path("facets").path("department").path("AGRI").asLong()).isPositive();
		assertThat(response.body().path("searchId").asString()).hasSize(36);
		assertThat(response.body().path("partial").asBoolean()).isFalse();
	}

	@Test
	void repeatedTypesKeepOnlyThoseKinds() {
		JsonNode people = api.get("operatore", "/api/v1/search?q=caccia&type=PERSON").body();
		assertThat(people.path("content").size()).isPositive();
		people.path("content").forEach(hit -> assertThat(hit.path("type").asString()).isEqualTo("PERSON"));
		assertThat(people.path("facets").path("type").has("OFFICE")).isFalse();
		JsonNode both = api.get("operatore", "/api/v1/search?q=caccia&type=PERSON&type=OFFICE").body();
		assertThat(both.path("facets").path("type").has("OFFICE")).isTrue();
		assertThat(both.path("facets").path("type").has("PERSON")).isTrue();
	}

	@Test
	void aNicknameFindsTheFullFirstName() {
		JsonNode body = api.get("operatore", "/api/v1/search?q=mi passa l'ingegner Peppe Larocca&type=PERSON").body();
		assertThat(body.path("content").get(0).path("id").asString()).isEqualTo("E0486");
		assertThat(body.path("content").get(0).path("title").asString()).isEqualTo("Ing. Giuseppe Larocca");
		assertThat(body.path("partial").asBoolean()).isFalse();
	}

	@Test
	void aWordNoEntryHoldsStillFindsTheClosestAndSaysWhichWordWasNotFound() {
		JsonNode body = api.get("operatore", "/api/v1/search?q=Larocca zanzibar&type=PERSON").body();
		assertThat(body.path("content").size()).isPositive();
		assertThat(body.path("content").get(0).path("title").asString()).containsIgnoringCase("rocca");
		assertThat(body.path("partial").asBoolean()).isTrue();
		assertThat(body.path("unmatched").toString()).contains("zanzibar").doesNotContain("larocca");
	}

	@Test
	void anUnknownTypeOrSizeIsAProblemNotAServerError() {
		Response type = api.get("operatore", "/api/v1/search?q=rossi&type=CITTADINO");
		assertThat(type.status()).isEqualTo(400);
		assertThat(type.text("detail")).contains("CITTADINO");
		assertThat(api.get("operatore", "/api/v1/search?q=rossi&size=0").status()).isEqualTo(400);
		assertThat(api.get("operatore", "/api/v1/search?q=rossi&size=51").status()).isEqualTo(400);
		assertThat(api.get("operatore", "/api/v1/search?q=").status()).isEqualTo(400);
		assertThat(api.get("operatore", "/api/v1/search?q=" + "a".repeat(201)).status()).isEqualTo(400);
	}

	@Test
	void onlySignedInStaffSearchAndOnlyAdminsRebuild() {
		assertThat(api.call(HttpMethod.GET, null, "/api/v1/search?q=rossi", null, java.util.Map.of()).status())
			.isEqualTo(401);
		assertThat(api.post("operatore", "/api/v1/search/index", null).status()).isEqualTo(403);
	}

}
