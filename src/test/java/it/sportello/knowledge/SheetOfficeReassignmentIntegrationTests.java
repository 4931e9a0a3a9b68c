package it.sportello.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static it.sportello.knowledge.Drafts.agriDraft;
import static it.sportello.knowledge.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A sheet whose office the directory loses stays, flagged for the back office, which gives it an existing office from
 * the sheet page or the API: the sheet keeps its text and state, moves to the office's department, leaves the inbox,
 * and the step is in its history. Anyone else, a sheet whose office exists, or an unknown office is refused.
 */
@SportelloIntegrationTest
class SheetOfficeReassignmentIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void theBackOfficeReassignsASheetWhoseOfficeWasDeletedThroughThePage() throws Exception {
		String id = sheetOfDeletedOffice("AGRI-TEMP1", "Contributo per le stalle");
		assertThat(api.get("backoffice", "/api/v1/knowledge/inbox").body().path("items").toString())
			.contains("\"REASSIGN\"", id);
		var session = PageSessions.loginAs(mvc, "backoffice");
		mvc.perform(get("/knowledge/sheets/" + id).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("non esiste più")))
			.andExpect(content().string(containsString("id=\"reassign-office\"")));
		// The URP sees the flag but not the back office's form.
		mvc.perform(get("/knowledge/sheets/" + id).session(PageSessions.loginAs(mvc, "urp.agri")))
			.andExpect(content().string(containsString("non esiste più")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"reassign-office\""))));

		long version = version(id);
		mvc.perform(post("/knowledge/sheets/" + id + "/office").session(session).with(csrf())
			.param("officeCode", "AGRI-99X")
			.param("version", String.valueOf(version)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ufficio sconosciuto: AGRI-99X")));
		assertThat(api.get("backoffice", "/api/v1/knowledge/sheets/" + id).text("officeCode")).isEqualTo("AGRI-TEMP1");

		mvc.perform(post("/knowledge/sheets/" + id + "/office").session(session).with(csrf())
			.param("officeCode", "PRES-04")
			.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/knowledge/sheets/" + id + "#steps"));
		var sheet = api.get("backoffice", "/api/v1/knowledge/sheets/" + id).body();
		assertThat(sheet.path("officeCode").asString()).isEqualTo("PRES-04");
		assertThat(sheet.path("departmentCode").asString()).isEqualTo("PRES");
		assertThat(sheet.path("state").asString()).isEqualTo("DRAFT");
		assertThat(sheet.path("title").asString()).isEqualTo("Contributo per le stalle");
		assertThat(sheet.path("history").toString()).contains("REASSIGN_OFFICE", "backoffice");
		assertThat(api.get("backoffice", "/api/v1/knowledge/inbox").body().path("items").toString()).doesNotContain(id);
		// The new office's head signs it now.
		assertThat(api.post("responsabile.pres-04", "/api/v1/knowledge/sheets/" + id + "/sign-off", null).status())
			.isEqualTo(200);

		// Once its office exists, it is not reassigned again.
		mvc.perform(post("/knowledge/sheets/" + id + "/office").session(session).with(csrf())
			.param("officeCode", "AGRI-02")
			.param("version", String.valueOf(version(id))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("esiste ancora")));
	}

	@Test
	void onlyTheBackOfficeAndTheManagerReassignThroughTheApiWithTheSheetsEntityTag() {
		String id = sheetOfDeletedOffice("AGRI-TEMP2", "Contributo per i caseifici");
		assertThat(api.post("urp.agri", "/api/v1/knowledge/sheets/" + id + "/office", Map.of("officeCode", "AGRI-02"))
			.status()).isEqualTo(403);
		assertThat(api.post("responsabile", "/api/v1/knowledge/sheets/" + id + "/office", Map.of("officeCode", "AGRI-02"),
				Map.of("If-Match", "\"999\"")).status()).isEqualTo(412);
		assertThat(api.get("backoffice", "/api/v1/knowledge/sheets/" + id).text("officeCode")).isEqualTo("AGRI-TEMP2");
		var moved = api.post("responsabile", "/api/v1/knowledge/sheets/" + id + "/office",
				Map.of("officeCode", "AGRI-02"), Map.of("If-Match", "\"" + version(id) + "\""));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.text("officeCode")).isEqualTo("AGRI-02");
		assertThat(moved.etag()).isNotNull();
	}

	/** A draft of a new AGRI office, whose office is then deleted from the directory. */
	private String sheetOfDeletedOffice(String office, String title) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("code", office);
		form.put("departmentCode", "AGRI");
		form.put("name", "Ufficio temporaneo " + office);
		form.put("type", "UFFICIO");
		form.put("parentCode", "AGRI-02");
		assertThat(api.post("admin", "/api/v1/offices", form).status()).isEqualTo(201);
		String id = api.post("urp.agri", "/api/v1/knowledge/sheets", with(agriDraft(title), "officeCode", office))
			.text("id");
		assertThat(api.call(org.springframework.http.HttpMethod.DELETE, "admin", "/api/v1/offices/" + office, null,
				Map.of()).status()).isEqualTo(204);
		return id;
	}

	private long version(String id) {
		return Long.parseLong(api.get("backoffice", "/api/v1/knowledge/sheets/" + id).etag().replaceAll("[^0-9]", ""));
	}

}
