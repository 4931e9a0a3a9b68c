package it.sportello.ticketing;

import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static it.sportello.ticketing.TicketFlowIntegrationTests.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** A department hands a misrouted ticket back from its page and lands on its queue, not on a page it may no longer see. */
@SportelloIntegrationTest
class DepartmentReturnPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void returningATicketLeadsBackToTheDepartmentsQueue() throws Exception {
		Api api = new Api(port);
		String number = api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI",
				"subject", "Non di competenza", "description", "Chiede della sanità", "citizen",
				Map.of("firstName", "Paolo", "lastName", "Ritorno", "phone", "0971 755001"))).text("number");
		api.post("operatore", path(number, "escalation"), Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "n"));
		long version = api.get("supporto.agri", "/api/v1/tickets/" + number).body().path("version").asLong();
		MockHttpSession support = PageSessions.loginAs(mvc, "supporto.agri");

		mvc.perform(post("/tickets/" + number + "/return").session(support)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("reason", "È della sanità"))
			.andExpect(redirectedUrl("/queues/department"))
			.andExpect(flash().attributeExists("success"));

		assertThat(api.get("backoffice", "/api/v1/tickets/" + number).text("state")).isEqualTo("ESCALATED");
		assertThat(api.get("supporto.agri", "/api/v1/tickets/" + number).status()).isEqualTo(404);
	}

}
