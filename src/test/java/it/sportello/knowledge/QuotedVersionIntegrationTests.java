package it.sportello.knowledge;

import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static it.sportello.knowledge.Drafts.agriDraft;
import static it.sportello.knowledge.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A ticket closed with a quoted sheet records the version it quoted; once a newer version is published, the ticket
 * still names the version quoted and leads to its text as it was, while the sheet shows the new one.
 */
@SportelloIntegrationTest
class QuotedVersionIntegrationTests {

	static final String URP = "urp.agri";

	static final String HEAD = "responsabile.agri-02";

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
	void aQuotedVersionLaterSupersededStillShowsTheTextItQuoted() throws Exception {
		String id = api.post(URP, "/api/v1/knowledge/sheets",
				with(agriDraft("Contributo per le fattorie didattiche"), "body", "Domande entro il 31 marzo.")).text("id");
		api.post(URP, sheet(id) + "/sign-off", null);
		api.post(HEAD, sheet(id) + "/sign-off", null);
		api.post(HEAD, sheet(id) + "/notice", null);
		assertThat(api.post("responsabile", sheet(id) + "/publication", null).text("publishedVersion")).isEqualTo("1");

		String number = api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode",
				"INFORMAZIONI", "subject", "Fattorie didattiche", "description", "Fino a quando si chiede?", "citizen",
				Map.of("kind", "PERSON", "firstName", "Carmela", "lastName", "Pace", "fiscalCode", "PCEVTI90H20A662U",
						"phone", "0971 123456", "preferredChannel", "PHONE")))
			.text("number");
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		mvc.perform(post("/tickets/" + number + "/closure").session(operator).with(csrf())
			.param("version", "0")
			.param("resolution", "Domande entro il 31 marzo.")
			.param("quotedItems[0].itemType", "SHEET")
			.param("quotedItems[0].itemId", id)
			.param("quotedItems[0].version", "1"))
			.andExpect(status().is3xxRedirection());

		// A revision with a new deadline becomes version 2.
		api.post(URP, sheet(id) + "/revision", null);
		api.call(HttpMethod.PUT, URP, sheet(id) + "/revision",
				with(agriDraft("Contributo per le fattorie didattiche"), "body", "Domande entro il 30 aprile."), Map.of());
		api.post(URP, sheet(id) + "/revision/sign-off", null);
		api.post(HEAD, sheet(id) + "/revision/sign-off", null);
		assertThat(api.post("responsabile", sheet(id) + "/revision/publication", null).text("publishedVersion"))
			.isEqualTo("2");

		assertThat(api.get("operatore", "/api/v1/tickets/" + number).body().path("quotedItems").toString())
			.isEqualTo("[{\"itemType\":\"SHEET\",\"itemId\":\"" + id + "\",\"version\":1}]");
		mvc.perform(get("/tickets/" + number).session(operator))
			.andExpect(content().string(containsString("href=\"/knowledge/sheets/" + id + "/versions/1\"")));
		mvc.perform(get("/knowledge/sheets/" + id + "/versions/1").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Domande entro il 31 marzo.")))
			.andExpect(content().string(not(containsString("30 aprile"))))
			.andExpect(content().string(containsString("gli operatori leggono ora la versione 2")));
		mvc.perform(get("/knowledge/sheets/" + id).session(operator))
			.andExpect(content().string(containsString("Domande entro il 30 aprile.")));
		mvc.perform(get("/knowledge/sheets/" + id + "/versions/3").session(operator)).andExpect(status().isNotFound());
	}

	private static String sheet(String id) {
		return "/api/v1/knowledge/sheets/" + id;
	}

}
