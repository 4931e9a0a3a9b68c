package it.sportello.search;

import java.util.List;
import java.util.Map;

import it.sportello.organization.DirectorySearchFixtures;
import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The thesaurus the back office maintains: applied to the next search, audited, refused when wrong. */
@SportelloIntegrationTest
class ThesaurusApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexes indexes;

	@Autowired
	Thesaurus thesaurus;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
	}

	@AfterEach
	void removeTestTerms() {
		jdbc.update("delete from search_synonym where term like 'zanzibar%'");
	}

	@Test
	void theStarterThesaurusIsLoadedOnce() {
		Response entries = api.get("backoffice", "/api/v1/search/thesaurus");
		assertThat(entries.status()).isEqualTo(200);
		assertThat(entries.body().toString()).contains("\"term\":\"durc\"").contains("\"term\":\"ztl\"")
			.contains("\"term\":\"motorino\"").contains("ciclomotore");
		assertThat(jdbc.queryForObject("select count(*) from search_thesaurus_seed", Integer.class)).isEqualTo(1);
	}

	@Test
	void aTermAddedIsFoundByTheNextSearchWithoutReindexingAndTheChangeIsAudited() {
		assertThat(api.get("operatore", "/api/v1/search?q=zanzibar&type=OFFICE").body().path("content").size()).isZero();
		Response added = api.post("backoffice", "/api/v1/search/thesaurus",
				Map.of("term", "Zanzibar", "expansions", List.of("tesserino venatorio"), "kind", "EVERYDAY"));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.text("term")).isEqualTo("zanzibar");

		Response found = api.get("operatore", "/api/v1/search?q=zanzibar&type=OFFICE");
		assertThat(found.body().path("content").get(0).path("id").asString()).isEqualTo("AGRI-06");
		assertThat(jdbc.queryForObject(
				"select changed_by from search_synonym_change where term = 'zanzibar' and action = 'CREATED'",
				String.class)).isEqualTo("backoffice");

		long id = added.body().path("id").asLong();
		assertThat(api.call(HttpMethod.DELETE, "backoffice", "/api/v1/search/thesaurus/" + id, null, Map.of()).status())
			.isEqualTo(204);
		assertThat(api.get("operatore", "/api/v1/search?q=zanzibar&type=OFFICE").body().path("content").size()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from search_synonym_change where term = 'zanzibar'",
				Integer.class)).isEqualTo(2);
	}

	@Test
	void anAcronymReadsBothWaysTheOtherKindsOneWay() {
		api.post("backoffice", "/api/v1/search/thesaurus",
				Map.of("term", "zanzibar sei", "expansions", List.of("quattro venti caldi"), "kind", "ACRONYM"));
		api.post("backoffice", "/api/v1/search/thesaurus",
				Map.of("term", "zanzibar sette", "expansions", List.of("mare calmo"), "kind", "SYNONYM"));
		api.post("backoffice", "/api/v1/search/thesaurus",
				Map.of("term", "zanzibar otto", "expansions", List.of("sole alto"), "kind", "EVERYDAY"));

		// The expansion said in full also looks for the acronym, which records often write alone.
		assertThat(thesaurus.expand(List.of("corso", "quattro", "venti", "caldi")))
			.anySatisfy(expansion -> assertThat(expansion.alternatives()).contains("zanzibar sei"));
		// A synonym and an everyday word lead to what records write, not back.
		assertThat(thesaurus.expand(List.of("mare", "calmo"))).isEmpty();
		assertThat(thesaurus.expand(List.of("sole", "alto"))).isEmpty();
		assertThat(thesaurus.expand(List.of("zanzibar", "otto")))
			.anySatisfy(expansion -> assertThat(expansion.alternatives()).contains("sole alto"));
	}

	@Test
	void aStaleVersionATakenTermOrAnEmptyEntryIsAProblem() {
		Response added = api.post("backoffice", "/api/v1/search/thesaurus",
				Map.of("term", "zanzibar uno", "expansions", List.of("caccia"), "kind", "SYNONYM"));
		long id = added.body().path("id").asLong();
		assertThat(api.post("backoffice", "/api/v1/search/thesaurus",
				Map.of("term", "Zanzibar  Uno", "expansions", List.of("pesca"), "kind", "SYNONYM")).status()).isEqualTo(409);
		Response stale = api.call(HttpMethod.PUT, "backoffice", "/api/v1/search/thesaurus/" + id + "?version=7",
				Map.of("term", "zanzibar uno", "expansions", List.of("pesca"), "kind", "SYNONYM"), Map.of());
		assertThat(stale.status()).isEqualTo(409);
		Response empty = api.post("backoffice", "/api/v1/search/thesaurus",
				Map.of("term", "zanzibar due", "expansions", List.of(" "), "kind", "SYNONYM"));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.text("detail")).contains("equivalente");
		assertThat(api.call(HttpMethod.DELETE, "backoffice", "/api/v1/search/thesaurus/999999", null, Map.of()).status())
			.isEqualTo(404);
	}

	@Test
	void onlyTheBackOfficeAndAdminsMaintainIt() {
		assertThat(api.get("operatore", "/api/v1/search/thesaurus").status()).isEqualTo(403);
		assertThat(api.post("operatore", "/api/v1/search/thesaurus",
				Map.of("term", "zanzibar", "expansions", List.of("caccia"), "kind", "SYNONYM")).status()).isEqualTo(403);
		assertThat(api.get("admin", "/api/v1/search/thesaurus").status()).isEqualTo(200);
	}

}
