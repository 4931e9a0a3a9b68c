package it.sportello.ticketing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's new-ticket form carries a key drawn when it is shown: the operator pressing Enter twice
 * (or the browser sending the form again) opens one ticket, not two.
 */
@SportelloIntegrationTest
class ConsoleOpeningIntegrationTests {

	private static final Pattern KEY = Pattern.compile("name=\"openingKey\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession session;

	@BeforeEach
	void logIn() throws Exception {
		session = PageSessions.loginAs(mvc, "operatore");
	}

	@Test
	void theSameFormSentTwiceOpensOneTicket() throws Exception {
		String key = keyOfANewForm();
		long before = tickets();

		String first = location(mvc.perform(opening(key, "Bollo auto: esenzione")).andReturn());
		String second = location(mvc.perform(opening(key, "Bollo auto: esenzione")).andReturn());

		assertThat(second).isEqualTo(first).matches("/tickets/\\d{4}-\\d{6}");
		assertThat(tickets()).isEqualTo(before + 1);
	}

	/** The browser counts a line break as one character against the textarea's 4000 but sends CR LF. */
	@Test
	void aDescriptionAtThePagesLimitWithParagraphsOpensTheTicket() throws Exception {
		String paragraphs = ("x".repeat(399) + "\r\n").repeat(10).strip();
		long before = tickets();

		String ticket = location(mvc.perform(opening(keyOfANewForm(), "Molti paragrafi", paragraphs))
			.andReturn());

		assertThat(ticket).matches("/tickets/\\d{4}-\\d{6}");
		assertThat(tickets()).isEqualTo(before + 1);
	}

	/** Longer than the column: the form comes back with the field's error, and nothing is stored, not even the caller. */
	@Test
	void aDescriptionLongerThanTheColumnIsShownBackBesideTheFieldAndOpensNothing() throws Exception {
		long before = tickets();

		String page = mvc.perform(opening(keyOfANewForm(), "Troppo lunga", "x".repeat(4001)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("«Descrizione» può avere al massimo 4.000 caratteri (un a capo conta uno).");
		assertThat(tickets()).isEqualTo(before);
	}

	@Test
	void eachFormShownOpensItsOwnTicket() throws Exception {
		long before = tickets();

		String first = location(mvc.perform(opening(keyOfANewForm(), "Tassa auto")).andReturn());
		String second = location(mvc.perform(opening(keyOfANewForm(), "Tassa auto")).andReturn());

		assertThat(second).isNotEqualTo(first);
		assertThat(tickets()).isEqualTo(before + 2);
	}

	@Test
	void aFormSentAgainWithOtherDataIsShownBackWithANewKeyAndOpensNothing() throws Exception {
		String key = keyOfANewForm();
		mvc.perform(opening(key, "Prima richiesta")).andExpect(status().is3xxRedirection());
		long before = tickets();

		String page = mvc.perform(opening(key, "Altra richiesta"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("era gi\u00e0 stato inviato con dati diversi")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(tickets()).isEqualTo(before);
		assertThat(keyIn(page)).isNotEqualTo(key);
		mvc.perform(opening(keyIn(page), "Altra richiesta")).andExpect(redirectedUrlPattern("/tickets/*"));
		assertThat(tickets()).isEqualTo(before + 1);
	}

	private String keyOfANewForm() throws Exception {
		return keyIn(mvc.perform(get("/console").session(session)).andReturn().getResponse().getContentAsString());
	}

	private static String keyIn(String page) {
		Matcher key = KEY.matcher(page);
		assertThat(key.find()).as("the form carries an opening key").isTrue();
		return key.group(1);
	}

	private MockHttpServletRequestBuilder opening(String key, String subject) {
		return opening(key, subject, "Il cittadino chiede: " + subject);
	}

	private MockHttpServletRequestBuilder opening(String key, String subject, String description) {
		return post("/console/tickets").session(session)
			.with(csrf())
			.param("openingKey", key)
			.param("citizen.kind", "PERSON")
			.param("citizen.firstName", "Carmela")
			.param("citizen.lastName", "Pace")
			.param("citizen.phone", "0971 123456")
			.param("channel", "PHONE")
			.param("categoryCode", "INFORMAZIONI")
			.param("subject", subject)
			.param("description", description);
	}

	private static String location(MvcResult result) {
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private long tickets() {
		return jdbc.queryForObject("select count(*) from ticket", Long.class);
	}

}
