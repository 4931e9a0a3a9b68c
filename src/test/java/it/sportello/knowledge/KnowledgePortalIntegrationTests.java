package it.sportello.knowledge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.MutableClock;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static it.sportello.knowledge.Drafts.agriDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal around the sheets: export in the import's format, the notice as a PDF, browsing by department, keyword
 * and audience, latest and expiring sheets on the home, and sheets whose office no longer exists flagged.
 */
@SportelloIntegrationTest
class KnowledgePortalIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Knowledge knowledge;

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
	void theExportIsInTheImportFormatWithTheSourceTextsAndImportsWithoutProblems() throws Exception {
		byte[] sheets = download("/api/v1/knowledge/exports/sheets.json");
		byte[] procedures = download("/api/v1/knowledge/exports/procedures.json");
		JsonNode source = JSON.readTree(KnowledgeImportIntegrationTests.demo("sheets.json"));
		JsonNode exported = JSON.readTree(sheets);
		// The import keeps texts without their surrounding blanks: so does the export.
		((tools.jackson.databind.node.ObjectNode) find(source, "SI-0001")).put("body",
				find(source, "SI-0001").path("body").asString().strip());
		assertThat(find(exported, "SI-0001")).isEqualTo(find(source, "SI-0001"));
		assertThat(find(JSON.readTree(procedures), "PR-0001"))
			.isEqualTo(find(JSON.readTree(KnowledgeImportIntegrationTests.demo("procedures.json")), "PR-0001"));

		mvc.perform(multipart("/api/v1/knowledge/imports")
			.file(new MockMultipartFile("sheets", "sheets.json", "application/json", sheets))
			.file(new MockMultipartFile("procedures", "procedures.json", "application/json", procedures))
			.param("dryRun", "true")
			.with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems").isEmpty());
		mvc.perform(get("/api/v1/knowledge/exports/sheets.json").with(httpBasic("backoffice", "backoffice")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theNoticeIsAPdfOnceSentAndNotFoundBefore() throws Exception {
		String id = api.post("urp.agri", "/api/v1/knowledge/sheets", agriDraft("Contributo da comunicare")).text("id");
		mvc.perform(get("/api/v1/knowledge/sheets/" + id + "/notice.pdf").with(httpBasic("urp.agri", "urp.agri")))
			.andExpect(status().isNotFound());
		api.post("urp.agri", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		api.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		api.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/notice",
				java.util.Map.of("comment", "Scheda pronta per il portale"));

		MvcResult pdf = mvc
			.perform(get("/api/v1/knowledge/sheets/" + id + "/notice.pdf")
				.with(httpBasic("societa.informazione", "societa.informazione")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		mvc.perform(get("/api/v1/knowledge/sheets/" + id + "/notice.pdf").with(httpBasic("operatore", "operatore")))
			.andExpect(status().isNotFound());
	}

	@Test
	void sheetsAreBrowsedByDepartmentKeywordAndAudienceAndTheHomeShowsLatestAndExpiring() throws Exception {
		assertThat(ids("?keyword=bollo+auto")).contains("SI-0001");
		assertThat(ids("?keyword=bollo")).doesNotContain("SI-0001");
		assertThat(ids("?department=PROG&size=200")).contains("SI-0001");
		assertThat(ids("?department=AGRI&size=200")).doesNotContain("SI-0001");
		assertThat(ids("?audience=BUSINESSES&size=200")).contains("SI-0001");
		assertThat(ids("?audience=PUBLIC_BODIES&size=200")).doesNotContain("SI-0001");

		// SI-0019 is valid until 2026-12-14: on 1 December it is among those expiring within 30 days.
		clock.set(Instant.parse("2026-12-01T09:00:00Z"));
		var session = PageSessions.loginAs(mvc, "operatore");
		mvc.perform(get("/knowledge").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ultime schede pubblicate")))
			.andExpect(content().string(containsString("/knowledge/sheets/SI-0019")));
		mvc.perform(get("/knowledge").param("department", "PROG").session(session))
			.andExpect(content().string(containsString("/knowledge/sheets/SI-0001")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Ultime schede pubblicate"))));
	}

	@Test
	void aSheetWhoseOfficeNoLongerExistsIsFlaggedForTheBackOffice() throws Exception {
		String id = api.post("urp.agri", "/api/v1/knowledge/sheets", agriDraft("Ufficio soppresso")).text("id");
		jdbc.update("update knowledge_sheet set office_code = 'AGRI-99' where id = ?", id);
		try {
			assertThat(api.get("backoffice", "/api/v1/knowledge/inbox").body().path("items").toString())
				.contains("\"REASSIGN\"", id);
			mvc.perform(get("/knowledge/sheets/" + id).session(PageSessions.loginAs(mvc, "backoffice")))
				.andExpect(content().string(containsString("non esiste più")));
		}
		finally {
			jdbc.update("update knowledge_sheet set office_code = 'AGRI-02' where id = ?", id);
		}
		assertThat(api.get("backoffice", "/api/v1/knowledge/inbox").body().path("items").toString())
			.doesNotContain("\"REASSIGN\"");
	}

	@Test
	void anIndexerListsExactlyTheUsableSheetsWithTheTextOfTheVersionInUse() {
		java.util.Set<String> listed = new java.util.HashSet<>();
		for (int page = 0;; page++) {
			var sheets = knowledge.usableSheets(page, 25);
			if (sheets.isEmpty()) {
				break;
			}
			sheets.forEach(sheet -> listed.add(sheet.id()));
		}
		assertThat(listed).isEqualTo(new java.util.HashSet<>(ids("?size=200")));
		assertThat(knowledge.usableSheetContent("SI-0001")).hasValueSatisfying(sheet -> {
			assertThat(sheet.version()).isPositive();
			assertThat(sheet.body()).contains("tassa automobilistica");
			assertThat(sheet.faq()).extracting(UsableSheet.Faq::id).contains("FAQ-0001");
			assertThat(sheet.keywords()).contains("bollo auto");
		});
		String draft = api.post("urp.agri", "/api/v1/knowledge/sheets", agriDraft("Non ancora in uso")).text("id");
		assertThat(knowledge.usableSheetContent(draft)).isEmpty();
		assertThat(knowledge.usableSheetContent("SI-0025")).isEmpty();
	}

	private byte[] download(String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic("responsabile", "responsabile")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private java.util.List<String> ids(String query) {
		Response page = api.get("operatore", "/api/v1/knowledge/sheets" + query);
		assertThat(page.status()).isEqualTo(200);
		return page.body().path("content").findValuesAsString("id");
	}

	private static JsonNode find(JsonNode items, String id) {
		for (JsonNode item : items) {
			if (item.path("id").asString().equals(id)) {
				return item;
			}
		}
		throw new AssertionError(id + " not found");
	}

	@Test
	void thePortalSearchReadsATrigramIndexInsteadOfEverySheetOnPostgresql() {
		String plan = jdbc.execute((java.sql.Connection c) -> {
			try (java.sql.Statement st = c.createStatement()) {
				// With sequential scans priced out, the planner reads an index when one can answer the pattern.
				st.execute("set enable_seqscan = off");
				try (java.sql.ResultSet rs = st.executeQuery(
						"explain select id from knowledge_sheet where search_text like '%bollo%' escape '\\'")) {
					StringBuilder lines = new StringBuilder();
					while (rs.next()) {
						lines.append(rs.getString(1)).append('\n');
					}
					return lines.toString();
				}
				finally {
					st.execute("reset enable_seqscan");
				}
			}
		});
		assertThat(plan).contains("knowledge_sheet_search_text_trgm");
	}

}
