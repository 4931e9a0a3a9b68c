package it.sportello.ticketing;

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

import static it.sportello.ticketing.TicketFlowIntegrationTests.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** From the ticket page, the desks correct the caller's contact details; a department's support may not. */
@SportelloIntegrationTest
class CitizenContactsPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void theOperatorCorrectsThePhoneFromTheTicketPage() throws Exception {
		Api api = new Api(port);
		String number = api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI",
				"subject", "Cambio numero", "description", "Il cittadino ha un nuovo cellulare", "citizen",
				Map.of("firstName", "Teresa", "lastName", "Corrado", "phone", "0971 733001"))).text("number");
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		mvc.perform(get("/tickets/" + number).session(operator))
			.andExpect(content().string(Matchers.containsString("Correggi i recapiti")));

		mvc.perform(post("/tickets/" + number + "/citizen-contacts").session(operator)
			.with(csrf())
			.param("phone", "347 000 1122")
			.param("email", "teresa.corrado@example.it")
			.param("preferredChannel", "EMAIL"))
			.andExpect(redirectedUrl("/tickets/" + number))
			.andExpect(flash().attributeExists("success"));

		Api.Response ticket = api.get("operatore", "/api/v1/tickets/" + number);
		assertThat(ticket.body().path("citizen").path("phone").asString()).isEqualTo("+393470001122");
		assertThat(ticket.body().path("citizen").path("email").asString()).isEqualTo("teresa.corrado@example.it");

		mvc.perform(post("/tickets/" + number + "/citizen-contacts").session(operator).with(csrf()).param("phone", "12"))
			.andExpect(redirectedUrl("/tickets/" + number))
			.andExpect(flash().attributeExists("error"));
		assertThat(api.get("operatore", "/api/v1/tickets/" + number).body().path("citizen").path("phone").asString())
			.as("a refused correction changes nothing")
			.isEqualTo("+393470001122");
	}

	@Test
	void aDepartmentsSupportMayNotCorrectTheRecord() throws Exception {
		Api api = new Api(port);
		String number = api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI",
				"subject", "Contributi", "description", "Chiede dei contributi", "citizen",
				Map.of("firstName", "Dario", "lastName", "Corrado", "phone", "0971 733002"))).text("number");
		api.post("operatore", path(number, "escalation"), Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "n"));
		MockHttpSession support = PageSessions.loginAs(mvc, "supporto.agri");
		mvc.perform(get("/tickets/" + number).session(support))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Correggi i recapiti"))));

		mvc.perform(post("/tickets/" + number + "/citizen-contacts").session(support).with(csrf()).param("phone", "347 000 3344"))
			.andExpect(flash().attributeExists("error"));

		assertThat(api.get("operatore", "/api/v1/tickets/" + number).body().path("citizen").path("phone").asString())
			.isEqualTo("+390971733002");
	}

}
