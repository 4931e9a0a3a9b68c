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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static it.sportello.knowledge.Drafts.agriDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The FAQ of a draft written in the editor page: a question and answer changed, a new one added from the empty row, one
 * removed; a FAQ without its question or answer is refused with the row's number and nothing is saved; a save after
 * someone else's is refused with 412 and the FAQ typed stay in the form.
 */
@SportelloIntegrationTest
class SheetEditorFaqIntegrationTests {

	static final String URP = "urp.agri";

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
	void theEditorChangesAddsAndRemovesTheDraftsFaq() throws Exception {
		var body = agriDraft("Contributo per oliveti");
		body.put("faq", java.util.List.of(java.util.Map.of("question", "Chi può chiederlo?", "answer", "Le aziende."),
				java.util.Map.of("question", "Fino a quando?", "answer", "Fino al 30 giugno.")));
		Response draft = api.post(URP, "/api/v1/knowledge/sheets", body);
		String id = draft.text("id");
		String first = draft.body().path("faq").get(0).path("id").asString();
		String second = draft.body().path("faq").get(1).path("id").asString();
		MockHttpSession session = PageSessions.loginAs(mvc, "supporto.agri");
		mvc.perform(get("/knowledge/sheets/" + id + "/editor").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"editor-faq0-question\"")))
			.andExpect(content().string(containsString("value=\"Chi può chiederlo?\"")))
			// The empty row for a new FAQ.
			.andExpect(content().string(containsString("id=\"editor-faq2-question\"")));

		mvc.perform(form(id, session, version(draft))
			.param("faq[0].id", first)
			.param("faq[0].question", "Chi può chiedere il contributo?")
			.param("faq[0].answer", "Le aziende agricole iscritte.")
			.param("faq[1].id", second)
			.param("faq[1].question", "Fino a quando?")
			.param("faq[1].answer", "Fino al 30 giugno.")
			.param("faq[1].remove", "true")
			.param("faq[2].id", "")
			.param("faq[2].question", "Quanto vale?")
			.param("faq[2].answer", "Fino a 5.000 euro."))
			.andExpect(redirectedUrl("/knowledge/sheets/" + id + "?saved"));
		var faq = api.get(URP, "/api/v1/knowledge/sheets/" + id).body().path("faq");
		assertThat(faq).hasSize(2);
		assertThat(faq.get(0).path("id").asString()).isEqualTo(first);
		assertThat(faq.get(0).path("question").asString()).isEqualTo("Chi può chiedere il contributo?");
		assertThat(faq.get(0).path("answer").asString()).isEqualTo("Le aziende agricole iscritte.");
		assertThat(faq.get(1).path("id").asString()).startsWith("FAQ-").isNotIn(first, second);
		assertThat(faq.get(1).path("question").asString()).isEqualTo("Quanto vale?");
		assertThat(faq.toString()).doesNotContain(second);
	}

	@Test
	void aFaqWithoutQuestionOrAnswerIsRefusedWithItsRowAndNothingIsSaved() throws Exception {
		Response draft = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per frutteti"));
		String id = draft.text("id");
		String faqId = draft.body().path("faq").get(0).path("id").asString();
		MockHttpSession session = PageSessions.loginAs(mvc, URP);
		mvc.perform(form(id, session, version(draft))
			.param("faq[0].id", faqId)
			.param("faq[0].question", " ")
			.param("faq[0].answer", "Risposta da non perdere")
			.param("faq[1].id", "")
			.param("faq[1].question", "Domanda nuova senza risposta")
			.param("faq[1].answer", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#editor-faq0-question\"")))
			.andExpect(content().string(containsString("FAQ 1: scriva la domanda.")))
			.andExpect(content().string(containsString("href=\"#editor-faq1-answer\"")))
			.andExpect(content().string(containsString("FAQ 2: scriva la risposta.")))
			.andExpect(content().string(containsString("Risposta da non perdere")))
			.andExpect(content().string(containsString("Domanda nuova senza risposta")));
		assertThat(api.get(URP, "/api/v1/knowledge/sheets/" + id).etag()).isEqualTo(draft.etag());

		// A FAQ id the sheet does not have (another sheet's) is refused on its row.
		mvc.perform(form(id, session, version(draft))
			.param("faq[0].id", "FAQ-0001")
			.param("faq[0].question", "Domanda")
			.param("faq[0].answer", "Risposta"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("La FAQ FAQ-0001 non è di questa scheda")));
		assertThat(api.get(URP, "/api/v1/knowledge/sheets/" + id).etag()).isEqualTo(draft.etag());
	}

	@Test
	void aFaqSavedAfterSomeoneElsesSaveIsRefusedWith412AndStaysInTheForm() throws Exception {
		Response draft = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per agrumeti"));
		String id = draft.text("id");
		api.call(org.springframework.http.HttpMethod.PUT, URP, "/api/v1/knowledge/sheets/" + id,
				Drafts.with(agriDraft("Contributo per agrumeti"), "summary", "Salvata da un altro."), java.util.Map.of());
		mvc.perform(form(id, PageSessions.loginAs(mvc, "supporto.agri"), version(draft))
			.param("faq[0].id", "")
			.param("faq[0].question", "Serve la partita IVA?")
			.param("faq[0].answer", "Sì, agricola."))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().string(containsString("Qualcun altro ha salvato la scheda")))
			.andExpect(content().string(containsString("value=\"Serve la partita IVA?\"")));
		assertThat(api.get(URP, "/api/v1/knowledge/sheets/" + id).body().path("faq").toString())
			.doesNotContain("partita IVA");
	}

	private static String version(Response response) {
		return String.valueOf(response.etag()).replace("\"", "").replace("W/", "");
	}

	private static MockHttpServletRequestBuilder form(String id, MockHttpSession session, String version) {
		return post("/knowledge/sheets/" + id + "/editor").session(session)
			.with(csrf())
			.param("version", version)
			.param("title", "Titolo dalla pagina")
			.param("summary", "Sintesi")
			.param("body", "Corpo")
			.param("audience", "BUSINESSES")
			.param("validFrom", "2026-01-01");
	}

}
