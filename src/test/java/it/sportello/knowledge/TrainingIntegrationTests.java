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

import static it.sportello.knowledge.Drafts.agriDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Training sessions (S-AC4): the manager schedules one for a published sheet; an operator confirms reading the
 * guidelines once, and it leaves their inbox; the manager sees who confirmed and who has not.
 */
@SportelloIntegrationTest
class TrainingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	static Map<String, Object> training(String sheetId) {
		return Map.of("sheetId", sheetId, "at", "2027-01-15T10:30:00", "place", "https://meet.regione.basilicata.example/sala-1",
				"guidelines", "Indicare sempre la scadenza del 31 marzo.");
	}

	@Test
	void theManagerSchedulesATrainingOperatorsConfirmOnceAndTheManagerSeesWhoHasNot() throws Exception {
		Response scheduled = api.post("responsabile", "/api/v1/knowledge/trainings", training("SI-0001"));
		assertThat(scheduled.status()).isEqualTo(201);
		long id = scheduled.body().path("id").asLong();
		assertThat(scheduled.body().path("sheetVersion").asInt()).isPositive();
		assertThat(scheduled.text("scheduledAt")).isEqualTo("2027-01-15T09:30:00Z");
		assertThat(scheduled.body().path("placeIsLink").asBoolean()).isTrue();
		assertThat(scheduled.body().path("notConfirmed").toString()).contains("(operatore)");

		assertThat(api.get("operatore", "/api/v1/knowledge/inbox").body().path("items").toString())
			.contains("CONFIRM_TRAINING", "\"id\":\"" + id + "\"");
		Response confirmed = api.post("operatore", "/api/v1/knowledge/trainings/" + id + "/confirmation", null);
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.text("confirmedByMeAt")).isNotBlank();
		// An operator does not see the others' confirmations.
		assertThat(confirmed.body().path("notConfirmed")).isEmpty();
		assertThat(api.post("operatore", "/api/v1/knowledge/trainings/" + id + "/confirmation", null).status())
			.isEqualTo(200);
		assertThat(api.get("operatore", "/api/v1/knowledge/inbox").body().path("items").toString())
			.doesNotContain("\"id\":\"" + id + "\"");

		Response seen = api.get("responsabile", "/api/v1/knowledge/trainings/" + id);
		assertThat(seen.body().path("confirmed").findValuesAsString("username")).containsExactly("operatore");
		assertThat(seen.body().path("notConfirmed").toString()).doesNotContain("(operatore)");

		MockHttpSession manager = PageSessions.loginAs(mvc, "responsabile");
		mvc.perform(get("/knowledge/trainings").session(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("training-" + id)))
			.andExpect(content().string(containsString("Non hanno ancora confermato")));
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		mvc.perform(get("/knowledge/trainings").session(operator))
			.andExpect(content().string(containsString("Lettura confermata il")));
	}

	@Test
	void onlyTheManagerAndTheBackOfficeScheduleAndOnlyForAPublishedSheet() throws Exception {
		assertThat(api.post("operatore", "/api/v1/knowledge/trainings", training("SI-0001")).status()).isEqualTo(403);
		assertThat(api.post("urp.agri", "/api/v1/knowledge/trainings", training("SI-0001")).status()).isEqualTo(403);
		String draft = api.post("urp.agri", "/api/v1/knowledge/sheets", agriDraft("Non ancora pubblicata")).text("id");
		assertThat(api.post("backoffice", "/api/v1/knowledge/trainings", training(draft)).status()).isEqualTo(409);
		assertThat(api.post("backoffice", "/api/v1/knowledge/trainings", training("SI-9999")).status()).isEqualTo(400);
		assertThat(api.post("backoffice", "/api/v1/knowledge/trainings/999999/confirmation", null).status())
			.isEqualTo(403);
		assertThat(api.post("operatore", "/api/v1/knowledge/trainings/999999/confirmation", null).status())
			.isEqualTo(404);

		mvc.perform(post("/knowledge/trainings").session(PageSessions.loginAs(mvc, "backoffice")).with(csrf())
			.param("sheetId", "SI-0001")
			.param("at", "2027-02-01T09:00")
			.param("place", "Sala riunioni, piano terra")
			.param("guidelines", "Rimandare al sito per il modulo."))
			.andExpect(status().is3xxRedirection());
		assertThat(api.get("backoffice", "/api/v1/knowledge/trainings").body().findValuesAsString("place"))
			.contains("Sala riunioni, piano terra");
	}

}
