package it.sportello.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static it.sportello.knowledge.Drafts.agriDraft;
import static it.sportello.knowledge.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sheets, FAQ and procedures in the one search box ({@code GET /api/v1/search}): only what operators may answer
 * from, a published sheet found at once, snippets, validity and department facets.
 */
@SportelloIntegrationTest
class KnowledgeSearchIntegrationTests {

	static final String OPERATOR = "operatore";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aSheetHitHasItsSnippetWithMarksItsValidityAndCountsInTheDepartmentFacet() {
		Response response = api.get(OPERATOR, "/api/v1/search?q=bollo auto scaduto&type=SHEET&size=10");
		assertThat(response.status()).isEqualTo(200);
		JsonNode hits = response.body().path("content");
		assertThat(hits.size()).isPositive();
		JsonNode first = hits.get(0);
		assertThat(first.path("type").asString()).isEqualTo("SHEET");
		assertThat(first.path("id").asString()).matches("SI-\\d{4}");
		assertThat(first.path("snippet").asString()).contains("<mark>");
		assertThat(first.path("detail").asString()).contains(first.path("id").asString()).contains("valida dal");
		hits.forEach(hit -> assertThat(hit.path("type").asString()).isEqualTo("SHEET"));
		String department = first.path("department").asString();
		assertThat(department).isNotBlank();
		assertThat(response.body().path("facets").path("department").path(department).asLong()).isPositive();
		// Facets count every hit found, not only the page shown.
		assertThat(response.body().path("facets").path("type").path("SHEET").asLong()).isGreaterThanOrEqualTo(hits.size());
	}

	@Test
	void faqAndProceduresAreHitsOfTheirOwnKind() {
		JsonNode faq = api.get(OPERATOR, "/api/v1/search?q=bollo auto&type=FAQ").body().path("content");
		assertThat(faq.size()).isPositive();
		assertThat(faq.get(0).path("id").asString()).matches("FAQ-\\d{4}");
		assertThat(faq.get(0).path("detail").asString()).startsWith("FAQ della scheda SI-");
		JsonNode procedures = api.get(OPERATOR, "/api/v1/search?q=bollo auto&type=PROCEDURE").body().path("content");
		assertThat(procedures.size()).isPositive();
		assertThat(procedures.get(0).path("id").asString()).matches("PR-\\d{4}");
	}

	@Test
	void draftsAndExpiredSheetsNeverShowToAnOperatorEvenWhenTheyMatchBetter() {
		List<Map<String, Object>> hidden = jdbc.queryForList(
				"select id, title from knowledge_sheet where state in ('DRAFT', 'EXPIRED') order by id");
		assertThat(hidden).isNotEmpty();
		for (Map<String, Object> sheet : hidden) {
			// Its own title, word for word: nothing could match it better.
			List<String> ids = ids(api.get(OPERATOR, "/api/v1/search?q=" + sheet.get("title").toString()
				.replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip()
					+ "&type=SHEET&type=FAQ&size=50"));
			assertThat(ids).as("%s", sheet.get("title")).doesNotContain(sheet.get("id").toString());
		}
	}

	@Test
	void aSheetPastItsLastDayIsGoneBeforeTheExpiryJobMarksIt() {
		// The active sheet that ends soonest among those its own title finds (other tests of the suite revise sheets).
		Map<String, Object> sheet = null;
		String query = null;
		for (Map<String, Object> candidate : jdbc.queryForList("select id, title, valid_until from knowledge_sheet "
				+ "where state = 'ACTIVE' and valid_until >= ? order by valid_until, id", today())) {
			String byTitle = "/api/v1/search?q=" + candidate.get("title").toString().replaceAll("[^\\p{L}\\p{N} ]", " ")
				.replaceAll("\\s+", " ").strip() + "&type=SHEET&size=50";
			if (ids(api.get(OPERATOR, byTitle)).contains(candidate.get("id").toString())) {
				sheet = candidate;
				query = byTitle;
				break;
			}
		}
		assertThat(sheet).as("an active sheet with an end date, found by its title").isNotNull();
		String id = sheet.get("id").toString();
		LocalDate lastDay = LocalDate.parse(sheet.get("valid_until").toString());
		clock.set(lastDay.plusDays(1).atTime(0, 30).atZone(ZoneId.of("Europe/Rome")).toInstant());
		assertThat(jdbc.queryForObject("select state from knowledge_sheet where id = ?", String.class, id))
			.isEqualTo("ACTIVE");
		assertThat(ids(api.get(OPERATOR, query))).doesNotContain(id);
	}

	@Test
	void aPublishedSheetIsFoundWithinOneSecondAndItsDraftIsNot() throws InterruptedException {
		Response created = api.post("urp.agri", "/api/v1/knowledge/sheets",
				with(agriDraft("Contributo per motocoltivatori elettrici"), "summary",
						"Il contributo per comprare un motocoltivatore elettrico."));
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		String query = "/api/v1/search?q=motocoltivatore elettrico&type=SHEET";
		assertThat(ids(api.get(OPERATOR, query))).doesNotContain(id);
		api.post("urp.agri", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		Response approved = api.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		assertThat(approved.text("state")).isEqualTo("APPROVED");
		api.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/notice", Map.of("comment", "Pronta"));
		Response published = api.post("responsabile", "/api/v1/knowledge/sheets/" + id + "/publication", null,
				Map.of(HttpHeaders.ACCEPT, "application/json"));
		assertThat(published.text("state")).isEqualTo("ACTIVE");
		long deadline = System.nanoTime() + 1_000_000_000L;
		List<String> found = ids(api.get(OPERATOR, query));
		while (!found.contains(id) && System.nanoTime() < deadline) {
			Thread.sleep(20);
			found = ids(api.get(OPERATOR, query));
		}
		assertThat(found).as("within one second of publication").startsWith(id);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(Instant.now(), ZoneId.of("Europe/Rome"));
	}

	private static List<String> ids(Response response) {
		assertThat(response.status()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		response.body().path("content").forEach(hit -> ids.add(hit.path("id").asString()));
		return ids;
	}

}
