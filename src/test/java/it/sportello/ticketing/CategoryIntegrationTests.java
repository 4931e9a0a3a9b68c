package it.sportello.ticketing;

import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

import static it.sportello.ticketing.TicketFlowIntegrationTests.FISCAL_CODE;
import static it.sportello.ticketing.TicketFlowIntegrationTests.newTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The configurable list of categories: everyone reads it, administrators change it, tickets follow it. */
@SportelloIntegrationTest
class CategoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/**
	 * A change made on another node (here: straight in the database) shows here once the minute has passed. The
	 * cache is timed by the shared test clock: a year later than any other test's, so that what they loaded is old.
	 */
	@Test
	void aChangeMadeElsewhereShowsOnceTheCachedListExpires() {
		Api api = new Api(port);
		clock.set(java.time.Instant.parse("2099-01-10T09:00:00Z"));
		assertThat(api.get("operatore", "/api/v1/categories").body().toString()).doesNotContain("Altre richieste");
		jdbc.update("update ticket_category set label = 'Altre richieste' where code = 'ALTRO'");
		try {
			clock.set(java.time.Instant.parse("2099-01-10T09:00:30Z"));
			assertThat(api.get("operatore", "/api/v1/categories").body().toString()).as("still the list in memory")
				.doesNotContain("Altre richieste");
			clock.set(java.time.Instant.parse("2099-01-10T09:01:01Z"));
			assertThat(api.get("operatore", "/api/v1/categories").body().toString()).contains("Altre richieste");
		}
		finally {
			jdbc.update("update ticket_category set label = 'Altro' where code = 'ALTRO'");
			clock.set(java.time.Instant.parse("2099-01-10T09:05:00Z"));
			api.get("operatore", "/api/v1/categories");
		}
	}

	@Test
	void categoriesAreListedWithTheirCodesAndTargets() {
		Api.Response list = new Api(port).get("operatore", "/api/v1/categories");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().toString()).contains("INFORMAZIONI", "CENTRALINO", "RECLAMO", "RICHIESTA_SERVIZIO",
				"ALTRO");
	}

	@Test
	void administratorAddsACategoryThatNewTicketsCanUseAndDeactivatesIt() {
		Api api = new Api(port);
		Map<String, Object> category = Map.of("label", "Accesso agli atti", "labelEn", "Access to documents",
				"targetWorkingDays", 10, "active", true, "position", 60);

		assertThat(api.call(HttpMethod.PUT, "operatore", "/api/v1/categories/ACCESSO_ATTI", category, Map.of()).status())
			.isEqualTo(403);
		assertThat(api.call(HttpMethod.PUT, "admin", "/api/v1/categories/accesso atti", category, Map.of()).status())
			.isEqualTo(400);
		assertThat(api.call(HttpMethod.PUT, "admin", "/api/v1/categories/ACCESSO_ATTI", category, Map.of()).status())
			.isEqualTo(200);

		Map<String, Object> ticket = new java.util.HashMap<>(newTicket("Accesso agli atti", FISCAL_CODE));
		ticket.put("categoryCode", "ACCESSO_ATTI");
		assertThat(api.post("operatore", "/api/v1/tickets", ticket).status()).isEqualTo(201);

		Map<String, Object> inactive = new java.util.HashMap<>(category);
		inactive.put("active", false);
		api.call(HttpMethod.PUT, "admin", "/api/v1/categories/ACCESSO_ATTI", inactive, Map.of());
		assertThat(api.post("operatore", "/api/v1/tickets", ticket).status()).isEqualTo(400);
	}

	@Test
	void categoriesPageIsForAdministratorsAndSavesTheForm() throws Exception {
		mvc.perform(get("/admin/categories").with(user("operatore").roles("FIRST_LEVEL")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/categories").with(user("admin").roles("ADMIN")).with(csrf())
			.param("code", "SEGNALAZIONE")
			.param("label", "Segnalazione")
			.param("targetWorkingDays", "3")
			.param("active", "true")
			.param("position", "70")).andExpect(redirectedUrl("/admin/categories"));
		mvc.perform(get("/admin/categories").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("SEGNALAZIONE")));
		mvc.perform(post("/admin/categories").with(user("admin").roles("ADMIN")).with(csrf())
			.param("code", "minuscolo")
			.param("label", "")
			.param("targetWorkingDays", "0")
			.param("position", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
	}

}
