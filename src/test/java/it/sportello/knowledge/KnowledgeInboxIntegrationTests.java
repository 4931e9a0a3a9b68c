package it.sportello.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static it.sportello.knowledge.Drafts.agriDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role's inbox holds exactly what waits for it as a sheet moves: the URP's and the office head's sign-offs, the
 * head's notice, Information Society's acknowledgement, the manager's publication; the navigation bar's count agrees.
 */
@SportelloIntegrationTest
class KnowledgeInboxIntegrationTests {

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
	void aSheetMovesFromInboxToInboxAsEachRoleDoesItsStep() {
		String id = api.post("urp.agri", "/api/v1/knowledge/sheets", agriDraft("Contributo per le api")).text("id");
		assertThat(kinds("urp.agri", id)).containsExactly("SIGN_OFF");
		assertThat(kinds("responsabile.agri-02", id)).containsExactly("SIGN_OFF");
		assertThat(kinds("supporto.agri", id)).isEmpty();
		assertThat(kinds("urp.salu", id)).isEmpty();
		assertThat(kinds("operatore", id)).isEmpty();

		api.post("urp.agri", sheet(id) + "/sign-off", null);
		assertThat(kinds("urp.agri", id)).isEmpty();
		assertThat(kinds("responsabile.agri-02", id)).containsExactly("SIGN_OFF");

		api.post("responsabile.agri-02", sheet(id) + "/sign-off", null);
		assertThat(kinds("responsabile.agri-02", id)).containsExactly("SEND_NOTICE");

		api.post("responsabile.agri-02", sheet(id) + "/notice", Map.of("comment", "Pronta"));
		assertThat(kinds("responsabile.agri-02", id)).isEmpty();
		assertThat(kinds("responsabile", id)).containsExactly("PUBLISH");
		assertThat(kinds("backoffice", id)).containsExactly("PUBLISH");
		assertThat(kinds("societa.informazione", id)).containsExactly("ACKNOWLEDGE");

		api.post("responsabile", sheet(id) + "/publication", null);
		assertThat(kinds("responsabile", id)).isEmpty();
		// Publication does not wait for the acknowledgement, which stays in the inbox until given.
		assertThat(kinds("societa.informazione", id)).containsExactly("ACKNOWLEDGE");
		api.post("societa.informazione", sheet(id) + "/acknowledgement", null);
		assertThat(kinds("societa.informazione", id)).isEmpty();
	}

	@Test
	void theNavigationBarShowsTheInboxCountAndTheInboxPageListsTheItems() throws Exception {
		String id = api.post("urp.agri", "/api/v1/knowledge/sheets", agriDraft("Contributo per le serre")).text("id");
		int count = api.get("urp.agri", "/api/v1/knowledge/inbox").body().path("count").asInt();
		assertThat(count).isPositive();

		var session = PageSessions.loginAs(mvc, "urp.agri");
		mvc.perform(get("/knowledge/inbox/count").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + count + "<")));
		mvc.perform(get("/knowledge/inbox").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id)))
			.andExpect(content().string(containsString("Firmare la bozza")));
		mvc.perform(get("/knowledge").session(session))
			.andExpect(content().string(containsString("hx-get=\"/knowledge/inbox/count\"")));
		// First level's inbox holds only the trainings to confirm.
		assertThat(api.get("operatore", "/api/v1/knowledge/inbox").body().path("items").findValuesAsString("kind"))
			.allMatch("CONFIRM_TRAINING"::equals);
	}

	private List<String> kinds(String user, String id) {
		List<String> kinds = new ArrayList<>();
		for (JsonNode item : api.get(user, "/api/v1/knowledge/inbox").body().path("items")) {
			if (item.path("id").asString().equals(id)) {
				kinds.add(item.path("kind").asString());
			}
		}
		return kinds;
	}

	private static String sheet(String id) {
		return "/api/v1/knowledge/sheets/" + id;
	}
}
