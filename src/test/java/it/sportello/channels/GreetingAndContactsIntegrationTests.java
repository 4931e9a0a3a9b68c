package it.sportello.channels;

import java.util.Map;

import it.sportello.identity.StaffDirectory;
import it.sportello.identity.StaffMember;
import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * S-CH2: the manager sets the switch's welcome message and the operator's greeting script, and the first-level console
 * shows them; nobody else may change them. A staff user sets their phone extension in their profile, and an extension
 * belongs to one user only.
 */
@SportelloIntegrationTest
class GreetingAndContactsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffDirectory staff;

	@Autowired
	JdbcTemplate jdbc;

	/** The other tests of the shared context see the default greeting and the demo users' own profiles. */
	@AfterEach
	void restore() {
		jdbc.update("delete from greeting_setting");
		jdbc.update("update staff_user set phone_extension = null, email = null where username = 'backoffice'");
	}

	@Test
	void theManagersGreetingIsShownInTheConsoleWithTheOperatorsName() throws Exception {
		Api.Response changed = new Api(port).call(org.springframework.http.HttpMethod.PUT, "responsabile",
				"/api/v1/greeting", Map.of("welcomeMessage", "Benvenuti al numero verde della Regione",
						"greetingScript", "Salve, sono {0}: come posso aiutarla?"),
				Map.of());
		assertThat(changed.status()).isEqualTo(200);

		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		mvc.perform(get("/console").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Salve, sono Claudio: come posso aiutarla?")))
			.andExpect(content().string(containsString("Benvenuti al numero verde della Regione")));
		assertThat(new Api(port).get(null, "/api/v1/greeting").status()).as("the switch reads it with a token").isEqualTo(401);
		assertThat(new Api(port).get("operatore", "/api/v1/greeting").text("welcomeMessage"))
			.isEqualTo("Benvenuti al numero verde della Regione");
	}

	@Test
	void anOperatorCannotChangeTheGreetingAndAMalformedScriptIsRefused() {
		Api api = new Api(port);
		assertThat(api.call(org.springframework.http.HttpMethod.PUT, "operatore", "/api/v1/greeting",
				Map.of("welcomeMessage", "x", "greetingScript", "y"), Map.of()).status()).isEqualTo(403);
		Api.Response malformed = api.call(org.springframework.http.HttpMethod.PUT, "responsabile", "/api/v1/greeting",
				Map.of("welcomeMessage", "Benvenuti", "greetingScript", "Salve, sono {0"), Map.of());
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body().toString()).contains("greetingScript");
	}

	@Test
	void aUserSetsTheirExtensionInTheProfileAndAnotherUsersExtensionIsRefused() throws Exception {
		MockHttpSession backOffice = PageSessions.loginAs(mvc, "backoffice");
		mvc.perform(post("/profile/contacts").session(backOffice)
			.with(csrf())
			.param("phoneExtension", "305")
			.param("email", "marco.colangelo@regione.basilicata.example"))
			.andExpect(redirectedUrl("/profile"));
		assertThat(staff.findByExtension("305")).map(StaffMember::username).hasValue("backoffice");

		mvc.perform(post("/profile/contacts").session(backOffice).with(csrf()).param("phoneExtension", "201"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("già assegnato a un altro utente")));
		assertThat(staff.findByExtension("201")).map(StaffMember::username).hasValue("operatore");
		assertThat(staff.findByExtension("305")).map(StaffMember::username).hasValue("backoffice");
	}

}
