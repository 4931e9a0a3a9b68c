package it.sportello.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staffing plan over the API and the page, for the manager only; the dashboards' rebuild by command and button. */
@SportelloIntegrationTest
class StaffingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	private Map<String, Object> request(List<Map<String, Object>> intervals) {
		return Map.of("ahtSeconds", 180, "thresholdSeconds", 20, "targetPercent", 80, "shrinkagePercent", 30,
				"intervals", intervals);
	}

	@Test
	void theManagerGetsTheOperatorsEachHalfHourNeeds() {
		Api.Response plan = new Api(port).post("responsabile", "/api/v1/reports/staffing",
				request(List.of(Map.of("start", "09:30", "calls", 50), Map.of("start", "09:00", "calls", 100))));
		assertThat(plan.status()).as("%s", plan.body()).isEqualTo(200);
		JsonNode first = plan.body().path("intervals").get(0);
		assertThat(first.path("start").asString()).startsWith("09:00");
		assertThat(first.path("trafficErlangs").asDouble()).isEqualTo(10.0);
		assertThat(first.path("agentsNeeded").asInt()).isEqualTo(14);
		assertThat(first.path("agentsToSchedule").asInt()).isEqualTo(20);
		assertThat(first.path("serviceLevelPercent").asDouble()).isEqualTo(88.8);
		assertThat(plan.body().path("peakAgents").asInt()).isEqualTo(14);
	}

	@Test
	void aWrongIntervalIsAProblemNamingIt() {
		Api api = new Api(port);
		Api.Response quarter = api.post("responsabile", "/api/v1/reports/staffing",
				request(List.of(Map.of("start", "09:15", "calls", 10))));
		assertThat(quarter.status()).isEqualTo(400);
		assertThat(quarter.body().toString()).contains("intervals[0].start");
		Api.Response twice = api.post("responsabile", "/api/v1/reports/staffing",
				request(List.of(Map.of("start", "09:00", "calls", 10), Map.of("start", "09:00", "calls", 3))));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.body().toString()).contains("intervals[1].start");
		Api.Response target = api.post("responsabile", "/api/v1/reports/staffing", Map.of("ahtSeconds", 180,
				"thresholdSeconds", 20, "targetPercent", 100, "shrinkagePercent", 30, "intervals",
				List.of(Map.of("start", "09:00", "calls", 10))));
		assertThat(target.status()).isEqualTo(400);
		assertThat(target.body().toString()).contains("targetPercent");
	}

	@Test
	void nobodyButTheManagerAndAdministratorsPlansStaff() throws Exception {
		assertThat(new Api(port)
			.post("backoffice", "/api/v1/reports/staffing", request(List.of(Map.of("start", "09:00", "calls", 10))))
			.status()).isEqualTo(403);
		mvc.perform(get("/reports/staffing").session(PageSessions.loginAs(mvc, "backoffice")))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePageShowsAWrongLineWithItsNumberAndKeepsWhatWasTyped() throws Exception {
		String page = mvc
			.perform(get("/reports/staffing").param("profile", "09:00 40\n09:30 tanti")
				.session(PageSessions.loginAs(mvc, "responsabile")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Riga 2: «tanti» non è un numero di chiamate", "09:30 tanti");
	}

	@Test
	void theOperatorsTableDownloadsAsCsvFromThePlansPage() throws Exception {
		var manager = PageSessions.loginAs(mvc, "responsabile");
		String page = mvc
			.perform(get("/reports/staffing").param("profile", "09:00 100\n09:30 50")
				.param("ahtSeconds", "180")
				.param("thresholdSeconds", "20")
				.param("targetPercent", "80")
				.param("shrinkagePercent", "30")
				.session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/reports/staffing.csv?profile=");
		String csv = mvc
			.perform(get("/reports/staffing.csv").param("profile", "09:00 100\n09:30 50")
				.param("ahtSeconds", "180")
				.param("thresholdSeconds", "20")
				.param("targetPercent", "80")
				.param("shrinkagePercent", "30")
				.session(manager))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", org.hamcrest.Matchers.containsString("dimensionamento.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("Mezz'ora;Chiamate;Traffico (Erlang);Operatori necessari;Da pianificare;");
		// 100 calls in 30 min with AHT 180 s: 10 Erlangs, 14 agents for 88.8 % within 20 s; 20 with 30 % shrinkage.
		assertThat(lines[1]).startsWith("09:00;100.0;10.00;14;20;88.8;");
		assertThat(lines[2]).startsWith("09:30;50.0;5.00;");
		mvc.perform(get("/reports/staffing.csv").param("profile", "09:00 tanti").session(manager))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/reports/staffing.csv").session(PageSessions.loginAs(mvc, "backoffice")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAdministratorsButtonRebuildsAndOthersMayNot() throws Exception {
		mvc.perform(post("/reports/tickets/rebuild").with(csrf()).session(PageSessions.loginAs(mvc, "admin")))
			.andExpect(redirectedUrl("/reports/tickets"))
			.andExpect(flash().attributeExists("rebuilt"));
		mvc.perform(post("/reports/tickets/rebuild").with(csrf()).session(PageSessions.loginAs(mvc, "responsabile")))
			.andExpect(status().isForbidden());
	}

}
