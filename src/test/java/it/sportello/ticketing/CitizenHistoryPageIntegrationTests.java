package it.sportello.ticketing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** S-Q1: beside a call, the caller's latest 20 requests, and a link to all of them when there are more. */
@SportelloIntegrationTest
class CitizenHistoryPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void aFrequentCallersHistoryLinksToAllTheirRequests() throws Exception {
		Api api = new Api(port);
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 22; i++) {
			numbers.add(api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI",
					"subject", "Richiesta " + i, "description", "Richiama spesso", "citizen",
					Map.of("firstName", "Nicola", "lastName", "Frequente", "phone", "0971 744001"))).text("number"));
		}
		long citizenId = api.get("operatore", "/api/v1/tickets/" + numbers.get(0)).body().path("citizen").path("id").asLong();
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		String link = "/tickets?citizenId=" + citizenId;

		mvc.perform(get("/console/history").param("citizenId", String.valueOf(citizenId)).session(operator))
			.andExpect(content().string(Matchers.containsString(link)));
		mvc.perform(get("/tickets/" + numbers.get(0)).session(operator))
			.andExpect(content().string(Matchers.containsString(link)));
		String all = mvc.perform(get(link).session(operator)).andReturn().getResponse().getContentAsString();
		assertThat(all).contains(numbers);
	}

	@Test
	void aCitizenTextTheRegistryRefusesIsSaidAboveTheFormThatKeepsIt() throws Exception {
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		String text = "rossi".repeat(60);

		mvc.perform(get("/tickets").param("citizen", text).session(operator))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andExpect(content().string(Matchers.containsString("alert-danger")))
			.andExpect(content().string(Matchers.containsString("troppo lungo")))
			.andExpect(content().string(Matchers.containsString(text)));
	}

	@Test
	void anOccasionalCallerNeedsNoLink() throws Exception {
		Api api = new Api(port);
		String number = api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI",
				"subject", "Prima volta", "description", "Chiama per la prima volta", "citizen",
				Map.of("firstName", "Nina", "lastName", "Rara", "phone", "0971 744002"))).text("number");
		long citizenId = api.get("operatore", "/api/v1/tickets/" + number).body().path("citizen").path("id").asLong();
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");

		mvc.perform(get("/console/history").param("citizenId", String.valueOf(citizenId)).session(operator))
			.andExpect(content().string(Matchers.containsString(number)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/tickets?citizenId="))));
	}

}
