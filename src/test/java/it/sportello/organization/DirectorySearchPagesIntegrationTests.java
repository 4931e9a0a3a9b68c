package it.sportello.organization;

import java.util.Map;

import it.sportello.search.SearchIndexes;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory box in the console and "Passa la chiamata" on a switchboard ticket, with and without htmx. */
@SportelloIntegrationTest
class DirectorySearchPagesIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexes indexes;

	@LocalServerPort
	int port;

	MockMvc mvc;

	MockHttpSession operator;

	@BeforeEach
	void setUp() throws Exception {
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		operator = (MockHttpSession) mvc.perform(formLogin("/login").user("operatore").password("operatore"))
			.andReturn().getRequest().getSession(false);
	}

	@Test
	void theConsoleHasTheDirectoryBoxAtHand() throws Exception {
		mvc.perform(get("/console").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"directory-q\"")))
			.andExpect(content().string(containsString("hx-get=\"/directory/search\"")));
	}

	@Test
	void htmxGetsOnlyTheResultsAndAPlainRequestTheWholePage() throws Exception {
		mvc.perform(get("/directory/search").param("q", "lo russo").header("HX-Request", "true").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lorusso")))
			.andExpect(content().string(containsString("<mark>")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/directory/search").param("q", "tesserini di caccia").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Ufficio Caccia, Pesca e Tutela della Fauna")));
	}

	@Test
	void aPartialMatchSaysOnScreenWhichWordWasNotFound() throws Exception {
		mvc.perform(get("/directory/search").param("q", "Larocca zanzibar").header("HX-Request", "true").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Corrispondenza parziale: «zanzibar» non trovato.")))
			.andExpect(content().string(containsString("Larocca")));
		mvc.perform(get("/directory/search").param("q", "Peppe Larocca").header("HX-Request", "true").session(operator))
			.andExpect(content().string(containsString("Giuseppe")))
			.andExpect(content().string(not(containsString("Corrispondenza parziale"))));
	}

	@Test
	void aSwitchboardTicketIsClosedByPickingFromTheDirectory() throws Exception {
		Api api = new Api(port);
		String number = api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode",
				"CENTRALINO", "subject", "Cerca il dirigente della caccia", "description", "Centralino", "citizen",
				Map.of("kind", "PERSON", "firstName", "Vito", "lastName", "Laurenzana", "phone", "0971 111222")))
			.text("number");
		mvc.perform(get("/tickets/" + number).session(operator))
			.andExpect(content().string(containsString("id=\"put-through-q\"")));
		mvc.perform(get("/tickets/" + number + "/put-through/candidates").param("version", "0")
			.param("q", "dirigente ufficio caccia").header("HX-Request", "true").session(operator))
			.andExpect(content().string(containsString("name=\"employeeId\" value=\"E0362\"")));

		mvc.perform(post("/tickets/" + number + "/put-through").param("version", "0").param("employeeId", "E0362")
			.with(csrf()).session(operator)).andExpect(redirectedUrl("/tickets/" + number));

		Api.Response ticket = api.get("operatore", "/api/v1/tickets/" + number);
		assertThat(ticket.text("state")).isEqualTo("CLOSED");
		assertThat(ticket.text("forwardedTo")).isEqualTo("Maria Lamorte (interno 3746, Ufficio Caccia, Pesca e Tutela della Fauna)");
	}

}
