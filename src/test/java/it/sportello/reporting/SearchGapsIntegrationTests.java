package it.sportello.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import it.sportello.support.Api;
import it.sportello.support.MutableClock;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ticket dashboards list the topics searched but not found (from the search module's unanswered searches), the
 * same text however typed counted together, most frequent first, with its CSV; not on one department's dashboard.
 */
@SportelloIntegrationTest
class SearchGapsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Test
	void theTopicsSearchedButNotFoundAreCountedOnTheDashboardAndItsCsv() throws Exception {
		Api api = new Api(port);
		Instant base = clock.instant();
		// A search ends when the same user searches again after ten quiet seconds.
		String[] texts = { "Tassa  sui  cani qqzz", "tassa sui cani QQZZ", "orari piscina qqzz", "rossi" };
		for (int i = 0; i < texts.length; i++) {
			clock.set(base.plusSeconds(11L * i));
			assertThat(api.get("backoffice", "/api/v1/search?q=" + texts[i]).status()).isEqualTo(200);
		}
		LocalDate day = LocalDate.ofInstant(base, ZoneId.of("Europe/Rome"));
		var manager = PageSessions.loginAs(mvc, "responsabile");
		String page = mvc
			.perform(get("/reports/tickets").param("from", day.toString()).param("to", day.toString()).session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Argomenti cercati e non trovati").contains("tassa sui cani qqzz");
		String csv = mvc
			.perform(get("/reports/tickets/searches.csv").param("from", day.toString())
				.param("to", day.toString())
				.session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("Testo cercato;Ricerche senza risposta");
		assertThat(lines[1]).isEqualTo("tassa sui cani qqzz;2");
		assertThat(csv).contains("\r\norari piscina qqzz;1");
		// Another period has none of them.
		String before = mvc
			.perform(get("/reports/tickets/searches.csv").param("from", day.minusDays(3).toString())
				.param("to", day.minusDays(2).toString())
				.session(manager))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(before).doesNotContain("qqzz");
		mvc.perform(get("/reports/tickets/searches.csv").session(PageSessions.loginAs(mvc, "supporto.agri")))
			.andExpect(status().isNotFound());
	}

}
