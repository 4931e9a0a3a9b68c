package it.sportello.knowledge;

import java.util.Map;

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
import org.springframework.test.web.servlet.MvcResult;

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
 * "Use in answer": from the sheet page, the version in use is quoted into an open ticket's answer; the closed ticket
 * keeps and shows which version of which sheet it quoted. Only a usable sheet is quoted.
 */
@SportelloIntegrationTest
class UseInAnswerIntegrationTests {

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
	void theSheetInUseIsQuotedIntoTheTicketsAnswerAndTheClosedTicketShowsWhichVersionItQuoted() throws Exception {
		String number = api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode",
				"INFORMAZIONI", "subject", "Bollo auto", "description", "Come pago il bollo?", "citizen",
				Map.of("kind", "PERSON", "firstName", "Carmela", "lastName", "Pace", "fiscalCode", "PCEVTI90H20A662U",
						"phone", "0971 123456", "preferredChannel", "PHONE")))
			.text("number");
		Response sheet = api.get("operatore", "/api/v1/knowledge/sheets/SI-0001");
		int version = sheet.body().path("publishedVersion").asInt();
		MockHttpSession session = PageSessions.loginAs(mvc, "operatore");

		mvc.perform(get("/knowledge/sheets/SI-0001").session(session))
			.andExpect(content().string(containsString("use-in-answer")));
		MvcResult used = mvc
			.perform(post("/knowledge/sheets/SI-0001/use-in-answer").session(session).with(csrf()).param("ticket", number))
			.andExpect(redirectedUrl("/tickets/" + number))
			.andReturn();
		mvc.perform(get("/tickets/" + number).session(session).flashAttrs(used.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(sheet.text("summary"))))
			.andExpect(content().string(containsString("name=\"quotedItems[0].itemId\" value=\"SI-0001\"")))
			.andExpect(content().string(containsString("name=\"quotedItems[0].version\" value=\"" + version + "\"")));

		mvc.perform(post("/tickets/" + number + "/closure").session(session).with(csrf())
			.param("version", "0")
			.param("resolution", sheet.text("summary"))
			.param("quotedItems[0].itemType", "SHEET")
			.param("quotedItems[0].itemId", "SI-0001")
			.param("quotedItems[0].version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		Response closed = api.get("operatore", "/api/v1/tickets/" + number);
		assertThat(closed.text("state")).isEqualTo("CLOSED");
		assertThat(closed.body().path("quotedItems").toString())
			.isEqualTo("[{\"itemType\":\"SHEET\",\"itemId\":\"SI-0001\",\"version\":" + version + "}]");
		mvc.perform(get("/tickets/" + number).session(session))
			.andExpect(content().string(containsString("Scheda informativa SI-0001, versione " + version)));
	}

	@Test
	void aSheetNotInUseOrAMalformedTicketNumberIsRefusedWithAReason() throws Exception {
		String draft = api.post("urp.agri", "/api/v1/knowledge/sheets", agriDraft("Bozza da non citare")).text("id");
		MockHttpSession backOffice = PageSessions.loginAs(mvc, "backoffice");
		mvc.perform(post("/knowledge/sheets/" + draft + "/use-in-answer").session(backOffice).with(csrf())
			.param("ticket", "2026-000001"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("non è in uso oggi")));
		mvc.perform(post("/knowledge/sheets/SI-0001/use-in-answer").session(backOffice).with(csrf())
			.param("ticket", "12"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Numero di ticket non valido")));
	}

}
