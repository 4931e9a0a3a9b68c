package it.sportello.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text that would break the clients reading it back (a lone UTF-16 surrogate makes the JSON of every list holding
 * it invalid) or that README promises to refuse (control characters, C1 included) is a 400 naming the field, in
 * the API and in the pages' forms, and nothing is stored.
 */
@SportelloIntegrationTest
class InvalidTextIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aLoneSurrogateInAJsonStringIsA400NamingTheFieldAndNothingIsStored() {
		long before = tickets();

		// Written as JSON escapes, as a client would: a Java string cannot carry it to the wire as UTF-8.
		Response response = new Api(port).post("operatore", "/api/v1/tickets", ticket("a\\ud800b", "Pace"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().getContentType()).hasToString("application/problem+json");
		assertThat(fields(response)).containsExactly("subject");
		assertThat(tickets()).isEqualTo(before);
	}

	@Test
	void c1ControlCharactersInAJsonStringAreRefusedWithTheFieldPath() {
		long before = tickets();

		Response response = new Api(port).post("operatore", "/api/v1/tickets", ticket("Bollo", "Pace\\u0085"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("citizen.lastName");
		assertThat(tickets()).isEqualTo(before);
	}

	@Test
	void aLoneSurrogateOrAC1ControlInAPageFormIsRefusedBesideTheField() throws Exception {
		long before = tickets();
		for (String subject : List.of("a\ud800b", "a\u009bb")) {
			mvc.perform(post("/console/tickets").session(PageSessions.loginAs(mvc, "operatore"))
				.with(csrf())
				.param("citizen.kind", "PERSON")
				.param("citizen.lastName", "Pace")
				.param("citizen.phone", "0971 123456")
				.param("channel", "PHONE")
				.param("categoryCode", "INFORMAZIONI")
				.param("subject", subject)
				.param("description", "Descrizione"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("«Oggetto» contiene caratteri di controllo o non validi")));
		}
		assertThat(tickets()).isEqualTo(before);
	}

	@Test
	void aC1ControlInAQueryParameterIsA400NamingIt() {
		Response response = new Api(port).get("operatore", "/api/v1/citizens?q=Pace\u0085");

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("q");
	}

	private static String ticket(String subject, String lastName) {
		String json = """
				{"channel":"PHONE","categoryCode":"INFORMAZIONI","subject":"%s","description":"Descrizione",
				 "citizen":{"kind":"PERSON","firstName":"Anna","lastName":"%s","phone":"0971 123456"}}""";
		return new String(json.formatted(subject, lastName).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	private static List<String> fields(Response response) {
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		return fields;
	}

	private long tickets() {
		return jdbc.queryForObject("select count(*) from ticket", Long.class);
	}

}
