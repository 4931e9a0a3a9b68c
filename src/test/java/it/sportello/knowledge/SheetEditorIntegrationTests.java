package it.sportello.knowledge;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static it.sportello.knowledge.Drafts.agriDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor page of a draft and of a revision: a save that reaches the API's view of the sheet, a concurrent save
 * refused with 412 keeping the text typed, every wrong field at once, a live preview that lets no script through, and
 * the diff on the sheet page for the approvers.
 */
@SportelloIntegrationTest
class SheetEditorIntegrationTests {

	static final String URP = "urp.agri";

	static final String SUPPORT = "supporto.agri";

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
	void theSupportSavesTheDraftFromTheEditorPage() throws Exception {
		Response draft = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per irrigazione"));
		String id = draft.text("id");
		MockHttpSession session = PageSessions.loginAs(mvc, SUPPORT);
		mvc.perform(get("/knowledge/sheets/" + id + "/editor").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contributo per irrigazione")))
			.andExpect(content().string(containsString("hx-post=\"/knowledge/sheets/" + id + "/editor/preview\"")));
		mvc.perform(form(id, session, version(draft), "Sintesi dalla pagina.", "Corpo"))
			.andExpect(redirectedUrl("/knowledge/sheets/" + id + "?saved"));
		Response saved = api.get(URP, "/api/v1/knowledge/sheets/" + id);
		assertThat(saved.text("summary")).isEqualTo("Sintesi dalla pagina.");
		assertThat(saved.body().path("keywords").toString()).isEqualTo("[\"contributo\",\"irrigazione\"]");
		assertThat(saved.body().path("links").get(0).path("url").asString()).isEqualTo("https://www.example.org/bando");
		// The FAQ, not on the page, stay as they were.
		assertThat(saved.body().path("faq")).hasSize(1);
	}

	@Test
	void aConcurrentSaveIsRefusedWith412AndTheTypedTextStaysInTheForm() throws Exception {
		Response draft = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per stalle"));
		String id = draft.text("id");
		api.call(org.springframework.http.HttpMethod.PUT, URP, "/api/v1/knowledge/sheets/" + id,
				Drafts.with(agriDraft("Contributo per stalle"), "summary", "Salvata da un altro."), java.util.Map.of());
		MockHttpSession session = PageSessions.loginAs(mvc, SUPPORT);
		mvc.perform(form(id, session, version(draft), "Sintesi", "Il mio testo scritto con cura."))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().string(containsString("Il mio testo scritto con cura.")))
			.andExpect(content().string(containsString("Qualcun altro ha salvato la scheda")));
		assertThat(api.get(URP, "/api/v1/knowledge/sheets/" + id).text("summary")).isEqualTo("Salvata da un altro.");
	}

	@Test
	void everyWrongFieldIsListedAtOnceAndNothingIsSaved() throws Exception {
		Response draft = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per pascoli"));
		String id = draft.text("id");
		MockHttpSession session = PageSessions.loginAs(mvc, SUPPORT);
		mvc.perform(post("/knowledge/sheets/" + id + "/editor").session(session).with(csrf())
			.param("version", version(draft))
			.param("title", "")
			.param("summary", "Testo da non perdere")
			.param("body", "Corpo")
			.param("validFrom", "2026-05-01")
			.param("validUntil", "2026-04-01")
			.param("links", "senza indirizzo"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#editor-title\"")))
			.andExpect(content().string(containsString("href=\"#editor-audience\"")))
			.andExpect(content().string(containsString("href=\"#editor-validUntil\"")))
			.andExpect(content().string(containsString("href=\"#editor-links\"")))
			.andExpect(content().string(containsString("Testo da non perdere")));
		assertThat(api.get(URP, "/api/v1/knowledge/sheets/" + id).etag()).isEqualTo(draft.etag());
	}

	@Test
	void thePreviewRendersMarkdownAndLetsNoScriptThrough() throws Exception {
		Response draft = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per api"));
		MockHttpSession session = PageSessions.loginAs(mvc, SUPPORT);
		String vectors = """
				## Titolo

				<script>alert(1)</script>

				<img src=x onerror=alert(2)>

				[clic](javascript:alert(3)) e [ok](https://www.example.org)

				<a href="javascript:alert(4)" onclick="alert(5)">link</a>

				Testo <svg onload=alert(6)></svg> e <b onmouseover=alert(7)>grassetto</b>

				![x](javascript:alert(8))
				""";
		mvc.perform(post("/knowledge/sheets/" + draft.text("id") + "/editor/preview").session(session).with(csrf())
			.param("body", vectors))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>Titolo</h2>")))
			.andExpect(content().string(not(containsString("<script"))))
			.andExpect(content().string(not(containsString("<img"))))
			.andExpect(content().string(not(containsString("<svg"))))
			.andExpect(content().string(not(containsString("href=\"javascript"))))
			.andExpect(content().string(not(containsString("onerror="))))
			.andExpect(content().string(not(containsString("onclick="))))
			.andExpect(content().string(not(containsString("onmouseover="))));
	}

	@Test
	void theRevisionIsWrittenInTheEditorAndItsDiffShownOnTheSheetPage() throws Exception {
		String id = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per oliveti")).text("id");
		api.post(URP, "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		api.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		api.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/notice", null);
		api.post("responsabile", "/api/v1/knowledge/sheets/" + id + "/publication", null);
		Response sheet = api.get(URP, "/api/v1/knowledge/sheets/" + id);
		assertThat(sheet.text("state")).isEqualTo("ACTIVE");
		MockHttpSession session = PageSessions.loginAs(mvc, URP);
		mvc.perform(post("/knowledge/sheets/" + id + "/revision").session(session).with(csrf()))
			.andExpect(redirectedUrl("/knowledge/sheets/" + id + "/editor"));
		Response opened = api.get(URP, "/api/v1/knowledge/sheets/" + id);
		mvc.perform(post("/knowledge/sheets/" + id + "/editor").session(session).with(csrf())
			.param("version", version(opened))
			.param("title", sheet.text("title") + " aggiornata")
			.param("summary", sheet.text("summary"))
			.param("body", sheet.text("body"))
			.param("keywords", "bando")
			.param("audience", "BUSINESSES")
			.param("validFrom", sheet.text("validFrom")))
			.andExpect(status().is3xxRedirection());
		assertThat(api.get("operatore", "/api/v1/knowledge/sheets/" + id).text("title")).isEqualTo(sheet.text("title"));
		mvc.perform(get("/knowledge/sheets/" + id).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"diff\"")))
			.andExpect(content().string(containsString("<ins><span class=\"visually-hidden\">[inizio testo aggiunto]</span><span> aggiornata</span>")));
		mvc.perform(get("/knowledge/sheets/" + id + "/diff").session(session)).andExpect(status().isOk());
	}

	private static String version(Response response) {
		return String.valueOf(response.etag()).replace("\"", "").replace("W/", "");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(String id,
			MockHttpSession session, String version, String summary, String body) {
		return post("/knowledge/sheets/" + id + "/editor").session(session)
			.with(csrf())
			.param("version", version)
			.param("title", "Titolo dalla pagina")
			.param("summary", summary)
			.param("body", body)
			.param("keywords", "contributo, irrigazione")
			.param("audience", "BUSINESSES")
			.param("validFrom", "2026-01-01")
			.param("links", "Bando | https://www.example.org/bando");
	}

}
