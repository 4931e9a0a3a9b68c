package it.sportello.web;

import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The small things a user sees on the pages: each one as a person expects it. */
@SportelloIntegrationTest
class PageDetailsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void ticketNumbersInTablesStayOnOneLine() throws Exception {
		assertThat(page("backoffice", "/queues/back-office")).containsPattern("<td class=\"text-nowrap\"><a href=\"/tickets/\\d{4}-\\d{6}\"");
	}

	@Test
	void aCitizensPhoneShowsAsPeopleWriteItAndDialsTheStoredNumber() throws Exception {
		String number = openFor("333 1234567");

		assertThat(page("operatore", "/tickets/" + number)).contains("<a href=\"tel:+393331234567\">333 123 4567</a>");
	}

	@Test
	void aDeadlineReadsAsTheDayTheAnswerIsDueBy() throws Exception {
		String number = openFor("0971 600300");
		new Api(port).post("operatore", "/api/v1/tickets/" + number + "/escalation",
				Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "Competente l'agricoltura."));

		assertThat(page("supporto.agri", "/tickets/" + number)).containsPattern("<time datetime=\"[^\"]+\">entro (il|le) ");
		assertThat(page("supporto.agri", "/queues/department")).containsPattern("<td><time datetime=\"[^\"]+\">entro (il|le) ");
	}

	@Test
	void theHomeGreetsEveryoneTheSameWay() throws Exception {
		assertThat(page("responsabile", "/")).contains("Buongiorno, ").doesNotContain("Benvenut");
	}

	@Test
	void everyPageNamesItsIconWhichAnyoneMayFetch() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers
			.containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">")));
		mvc.perform(get("/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
	}

	@Test
	void disablingAUserOrResettingAPasswordAsksForConfirmationFirst() throws Exception {
		String users = page("admin", "/admin/users");

		assertThat(users).containsPattern("<details [^>]*class=\"[^\"]*admin-confirm[^\"]*\">\\s*<summary[^>]*>Disattiva</summary>\\s*"
				+ "<form action=\"/admin/users/operatore/disabling\"");
		assertThat(users).contains("Disattivare l&#39;utente «operatore»?");
		assertThat(users).containsPattern("<summary[^>]*>Nuova password</summary>\\s*<form action=\"/admin/users/operatore/password-reset\"");
		assertThat(users).doesNotContainPattern("<form action=\"/admin/users/[^\"]+/(disabling|password-reset)\"[^>]*class=\"d-inline\"");
	}

	@Test
	void breadcrumbsSeparateTheirSteps() throws Exception {
		assertThat(page("operatore", "/structure/offices/AGRI-02")).contains("<span class=\"separator\">/</span></li>");
	}

	@Test
	void anActionSaysWhatHappenedAndWhereTheTicketWent() throws Exception {
		String number = openFor("0971 600301");
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		String version = new Api(port).get("operatore", "/api/v1/tickets/" + number).body().path("version").asString();

		mvc.perform(post("/tickets/" + number + "/escalation").session(operator)
			.with(csrf())
			.param("version", version)
			.param("target", "DEPARTMENT")
			.param("departmentCode", "SALU")
			.param("note", "Riguarda l'assistenza sanitaria."))
			.andExpect(flash().attribute("success",
					"Ticket " + number + " inoltrato al supporto dipartimentale: Salute e Politiche della Persona."));
	}

	private String openFor(String phone) {
		return new Api(port).post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode",
				"INFORMAZIONI", "subject", "Informazioni", "description", "Chiede informazioni", "citizen",
				Map.of("kind", "PERSON", "firstName", "Rosa", "lastName", "Santarsiero", "phone", phone)))
			.text("number");
	}

	private String page(String user, String path) throws Exception {
		return mvc.perform(get(path).session(PageSessions.loginAs(mvc, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
