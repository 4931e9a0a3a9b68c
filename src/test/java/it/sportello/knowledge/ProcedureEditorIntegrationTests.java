package it.sportello.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A procedure's published fields are changed through the API and the editor page by its department's staff and the
 * back office: with the entity tag (412 when stale, the text typed kept on the page), every wrong field listed with its
 * message, and nothing changed by anyone else (403).
 */
@SportelloIntegrationTest
class ProcedureEditorIntegrationTests {

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
	void theApiChangesAProcedureWithItsEntityTagAndRefusesOthersAndStaleCopies() {
		Response procedure = api.get("backoffice", "/api/v1/knowledge/procedures/PR-0002");
		String department = procedure.text("departmentCode");
		String urp = "urp." + department.toLowerCase(Locale.ROOT);
		Map<String, Object> edit = edit(procedure, "Richiesta di contributo, nuova denominazione", 45);

		assertThat(put("operatore", edit, procedure.etag()).status()).isEqualTo(403);
		String otherUrp = department.equals("AGRI") ? "urp.prog" : "urp.agri";
		assertThat(put(otherUrp, edit, procedure.etag()).status()).isEqualTo(403);
		assertThat(put(urp, edit(procedure, "Nome", 0), procedure.etag()).status()).isEqualTo(400);
		assertThat(put(urp, edit, "\"9999\"").status()).isEqualTo(412);
		assertThat(api.get(urp, "/api/v1/knowledge/procedures/PR-0002").text("name")).isEqualTo(procedure.text("name"));

		Response changed = put(urp, edit, procedure.etag());
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.text("name")).isEqualTo("Richiesta di contributo, nuova denominazione");
		assertThat(changed.body().path("termDays").asInt()).isEqualTo(45);
		assertThat(changed.etag()).isNotEqualTo(procedure.etag());
		assertThat(changed.text("officeCode")).isEqualTo(procedure.text("officeCode"));
		// The copy read before is stale now.
		assertThat(put("backoffice", edit, procedure.etag()).status()).isEqualTo(412);
		// The search box finds it by its new name at once.
		Response found = api.get("operatore", "/api/v1/search?type=PROCEDURE&q=nuova denominazione");
		assertThat(found.body().path("content").get(0).path("id").asString()).isEqualTo("PR-0002");
	}

	@Test
	void theEditorPageListsEveryWrongFieldAndKeepsTheTextTypedOnAConflict() throws Exception {
		Response procedure = api.get("backoffice", "/api/v1/knowledge/procedures/PR-0003");
		String version = procedure.etag().replaceAll("[^0-9]", "");
		MockHttpSession backOffice = PageSessions.loginAs(mvc, "backoffice");
		mvc.perform(get("/knowledge/procedures/PR-0003/editor").session(backOffice))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(procedure.text("name"))));
		mvc.perform(get("/knowledge/procedures/PR-0003/editor").session(PageSessions.loginAs(mvc, "operatore")))
			.andExpect(status().isForbidden());

		mvc.perform(post("/knowledge/procedures/PR-0003/editor").session(backOffice).with(csrf())
			.param("version", version)
			.param("name", " ")
			.param("description", "Descrizione da non perdere")
			.param("termDays", "trenta"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#procedure-name\"")))
			.andExpect(content().string(containsString("href=\"#procedure-termDays\"")))
			.andExpect(content().string(containsString("Il termine va indicato in giorni")))
			.andExpect(content().string(containsString("Descrizione da non perdere")));
		assertThat(api.get("backoffice", "/api/v1/knowledge/procedures/PR-0003").etag()).isEqualTo(procedure.etag());

		mvc.perform(post("/knowledge/procedures/PR-0003/editor").session(backOffice).with(csrf())
			.param("version", version)
			.param("name", "Autorizzazione semplificata")
			.param("description", "Come chiederla.")
			.param("termDays", "60")
			.param("requiredDocuments", "Domanda\nDocumento di identità"))
			.andExpect(redirectedUrl("/knowledge/procedures/PR-0003/editor?saved"));
		Response saved = api.get("backoffice", "/api/v1/knowledge/procedures/PR-0003");
		assertThat(saved.text("name")).isEqualTo("Autorizzazione semplificata");
		assertThat(saved.body().path("requiredDocuments").toString()).isEqualTo("[\"Domanda\",\"Documento di identità\"]");

		mvc.perform(post("/knowledge/procedures/PR-0003/editor").session(backOffice).with(csrf())
			.param("version", version)
			.param("name", "Il mio nome scritto con cura")
			.param("description", "Come chiederla.")
			.param("termDays", "60"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().string(containsString("Il mio nome scritto con cura")))
			.andExpect(content().string(containsString("Qualcun altro ha salvato il procedimento")));
		assertThat(api.get("backoffice", "/api/v1/knowledge/procedures/PR-0003").text("name"))
			.isEqualTo("Autorizzazione semplificata");
	}

	private Response put(String user, Map<String, Object> body, String etag) {
		return api.call(HttpMethod.PUT, user, "/api/v1/knowledge/procedures/PR-0002", body, Map.of("If-Match", etag));
	}

	private static Map<String, Object> edit(Response procedure, String name, int termDays) {
		Map<String, Object> edit = new LinkedHashMap<>();
		edit.put("name", name);
		edit.put("description", procedure.text("description"));
		edit.put("legalBasis", procedure.text("legalBasis"));
		edit.put("termDays", termDays);
		edit.put("silenceAssent", true);
		edit.put("requiredDocuments", List.of("Domanda firmata"));
		edit.put("fees", procedure.text("fees"));
		edit.put("howToApply", procedure.text("howToApply"));
		edit.put("substitutePower", procedure.text("substitutePower"));
		edit.put("keywords", List.of("contributo"));
		return edit;
	}

}
