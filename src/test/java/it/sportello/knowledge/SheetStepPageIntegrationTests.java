package it.sportello.knowledge;

import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static it.sportello.knowledge.Drafts.agriDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lifecycle steps taken from the sheet page's forms: each role sees the buttons of the steps it may take now, a
 * step is recorded like the API's, and a step by the wrong role, out of order, without its comment or from a page
 * loaded before someone else's step is refused with its Italian reason on the sheet page and changes nothing.
 */
@SportelloIntegrationTest
class SheetStepPageIntegrationTests {

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
	void eachRoleTakesItsStepFromTheSheetPageUpToPublication() throws Exception {
		String id = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per serre")).text("id");
		page(URP, id).andExpect(content().string(containsString("data-step=\"SIGN_OFF_AS_URP\"")));
		// The office head sees no URP sign-off, the operator does not even see the draft.
		page(HEAD, id).andExpect(content().string(containsString("data-step=\"SIGN_OFF_AS_OFFICE_HEAD\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-step=\"SIGN_OFF_AS_URP\""))));

		step(URP, id, "SIGN_OFF_AS_URP", null);
		step(HEAD, id, "SIGN_OFF_AS_OFFICE_HEAD", null);
		assertThat(state(id)).isEqualTo("APPROVED");
		step(HEAD, id, "SEND_NOTICE", "Scheda pronta per il portale");
		assertThat(state(id)).isEqualTo("NOTIFIED");
		step("societa.informazione", id, "ACKNOWLEDGE", null);
		step("responsabile", id, "PUBLISH", null);
		assertThat(state(id)).isEqualTo("ACTIVE");
		page("responsabile", id).andExpect(content().string(containsString("/knowledge/trainings?sheet=" + id)))
			.andExpect(content().string(containsString("Società dell&#39;informazione")));
		page("operatore", id).andExpect(status().isOk());
	}

	@Test
	void aStepByTheWrongRoleOrOutOfOrderIsRefusedOnThePageAndChangesNothing() throws Exception {
		String id = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per vivai")).text("id");
		long version = version(id);

		refused("backoffice", id, "PUBLISH", version, null, 409, "Non si può pubblicare la scheda: la scheda è in bozza");
		refused(URP, id, "PUBLISH", version, null, 403, "Il suo ruolo non consente di pubblicare la scheda");
		refused(HEAD, id, "SEND_NOTICE", version, null, 409, "Non si può inviare la comunicazione");
		refused("societa.informazione", id, "ACKNOWLEDGE", version, null, 409,
				"Non si può prendere in carico la comunicazione: la scheda è in bozza");
		refused("supporto.agri", id, "SIGN_OFF_AS_URP", version, null, 403, "Il suo ruolo non consente di firmare come URP");
		refused(URP, id, "SEND_BACK", version, " ", 400, "scriva un commento");
		assertThat(state(id)).isEqualTo("DRAFT");
		assertThat(version(id)).isEqualTo(version);
		assertThat(api.get(URP, "/api/v1/knowledge/sheets/" + id).body().path("history").size()).isEqualTo(1);

		// A page loaded before the office head's sign-off: the URP's send-back from it is refused, the sign-off stays.
		step(HEAD, id, "SIGN_OFF_AS_OFFICE_HEAD", null);
		refused(URP, id, "SEND_BACK", version, "Manca il termine", 412, "modificata da qualcun altro");
		assertThat(api.get(URP, "/api/v1/knowledge/sheets/" + id).body().path("signOffs").path("headSignedBy").asString())
			.isEqualTo(HEAD);
		// The comment typed stays in the form.
		refusedPage(URP, id, "SEND_BACK", version, "Manca il termine")
			.andExpect(content().string(containsString(">Manca il termine</textarea>")));

		refused(URP, id, "EDIT", version(id), null, 400, "Operazione sconosciuta");
		step(URP, id, "SEND_BACK", "Manca il termine");
		page(HEAD, id).andExpect(content().string(containsString("Manca il termine")));
		assertThat(api.get(URP, "/api/v1/knowledge/sheets/" + id).body().path("signOffs").path("headSignedBy").isNull())
			.isTrue();
	}

	@Test
	void aRefusedTrainingOrNeedStepShowsItsReasonOnItsPageAndKeepsTheTextTyped() throws Exception {
		String draft = api.post(URP, "/api/v1/knowledge/sheets", agriDraft("Contributo per gli alveari")).text("id");
		mvc.perform(post("/knowledge/trainings").session(PageSessions.loginAs(mvc, "responsabile")).with(csrf())
			.param("sheetId", draft)
			.param("at", "2027-02-01T10:00")
			.param("place", "Sala riunioni")
			.param("guidelines", "Indicazioni da non perdere"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"training-error\"")))
			.andExpect(content().string(containsString("non è pubblicata")))
			.andExpect(content().string(containsString("Indicazioni da non perdere")));
		mvc.perform(post("/knowledge/trainings").session(PageSessions.loginAs(mvc, "operatore")).with(csrf())
			.param("sheetId", "SI-0001")
			.param("at", "2027-02-01T10:00")
			.param("place", "Sala riunioni")
			.param("guidelines", "Indicazioni"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("le programmano il responsabile del contact center")));
		assertThat(api.get("responsabile", "/api/v1/knowledge/trainings").body().toString()).doesNotContain(draft);

		String need = api.post(URP, "/api/v1/knowledge/needs", java.util.Map.of("officeCode", "AGRI-02", "subject",
				"Bando per gli apicoltori", "reason", "Apre il bando.", "neededBy",
				java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")).plusDays(10).toString())).text("id");
		mvc.perform(post("/knowledge/needs/" + need + "/draft").session(PageSessions.loginAs(mvc, "supporto.agri"))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Prima di iniziare la bozza l&#39;URP deve coinvolgere il supporto")));
		assertThat(api.get(URP, "/api/v1/knowledge/needs/" + need).text("stage")).isEqualTo("OPEN");
	}

	private org.springframework.test.web.servlet.ResultActions page(String user, String id) throws Exception {
		return mvc.perform(get("/knowledge/sheets/" + id).session(PageSessions.loginAs(mvc, user)))
			.andExpect(status().isOk());
	}

	private void step(String user, String id, String action, String comment) throws Exception {
		var request = post("/knowledge/sheets/" + id + "/steps").session(PageSessions.loginAs(mvc, user))
			.with(csrf())
			.param("action", action)
			.param("version", String.valueOf(version(id)));
		if (comment != null) {
			request.param("comment", comment);
		}
		mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/knowledge/sheets/" + id + "#steps"))
			.andExpect(flash().attribute("stepDone", action));
	}

	private void refused(String user, String id, String action, long version, String comment, int status,
			String message) throws Exception {
		refusedPage(user, id, action, version, comment).andExpect(status().is(status))
			.andExpect(content().string(containsString("id=\"step-error\"")))
			.andExpect(content().string(containsString(message)));
	}

	private org.springframework.test.web.servlet.ResultActions refusedPage(String user, String id, String action,
			long version, String comment) throws Exception {
		var request = post("/knowledge/sheets/" + id + "/steps").session(PageSessions.loginAs(mvc, user))
			.with(csrf())
			.param("action", action)
			.param("version", String.valueOf(version));
		if (comment != null) {
			request.param("comment", comment);
		}
		return mvc.perform(request);
	}

	private String state(String id) {
		return api.get(URP, "/api/v1/knowledge/sheets/" + id).text("state");
	}

	private long version(String id) {
		String etag = api.get(URP, "/api/v1/knowledge/sheets/" + id).etag();
		return Long.parseLong(etag.replaceAll("[^0-9]", ""));
	}

}
