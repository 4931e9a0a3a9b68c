package it.sportello.ticketing;

import java.util.HashMap;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static it.sportello.ticketing.TicketFlowIntegrationTests.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ticket's forms and the API take the same requests: a refused form keeps what the operator typed, every wrong
 * field is named at once in the operator's language, and a line break counts once against a limit everywhere.
 */
@SportelloIntegrationTest
class TicketFormsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void anAnswerSentOnATicketChangedMeanwhileComesBackWithTheReasonAndTheTextTyped() throws Exception {
		String number = open("Bando per istruttori");
		long seen = api.get("operatore", "/api/v1/tickets/" + number).body().path("version").asLong();
		api.post("operatore2", path(number, "notes"), Map.of("note", "Richiamerà domani."));
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");

		String page = followRefusal(operator, number, "closure", Map.of("version", String.valueOf(seen), "resolution",
				"Il bando esce a giugno:\r\nla domanda si presenta online."));

		assertThat(page).contains("Il ticket " + number + " è stato modificato da un altro operatore nel frattempo")
			.containsPattern("<textarea id=\"closure-resolution\"[^>]*>Il bando esce a giugno:\\r?\\nla domanda si presenta online\\.</textarea>")
			.containsPattern("id=\"error-summary\"[^>]*role=\"alert\"");
		assertThat(api.get("operatore", "/api/v1/tickets/" + number).text("state")).isEqualTo("OPEN");
	}

	@Test
	void aRefusedNoteNamesItsFieldBesideTheTextTyped() throws Exception {
		String number = open("Nota troppo lunga");
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		String version = api.get("operatore", "/api/v1/tickets/" + number).body().path("version").asString();

		String page = followRefusal(operator, number, "notes", Map.of("version", version, "note", "n".repeat(4001)));

		assertThat(page).contains("<a href=\"#notes-note\">«Nota» può avere al massimo 4.000 caratteri")
			.containsPattern("<textarea id=\"notes-note\"[^>]*aria-invalid=\"true\"[^>]*>n{4001}</textarea>")
			.contains("id=\"notes-note-error\"");
	}

	@Test
	void theConsoleNamesEveryWrongFieldAtOnceAndLinksToEach() throws Exception {
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");

		String page = mvc.perform(post("/console/tickets").session(operator)
			.with(csrf())
			.param("citizen.kind", "PERSON")
			.param("citizen.lastName", "Pace")
			.param("citizen.fiscalCode", "PCEVTI90H20A662X")
			.param("citizen.phone", "12")
			.param("channel", "PHONE")
			.param("categoryCode", "INFORMAZIONI")
			.param("subject", " ")
			.param("description", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<a href=\"#subject\">«Oggetto» è obbligatorio.</a>")
			.contains("<a href=\"#description\">«Descrizione» è obbligatorio.</a>")
			.contains("<a href=\"#fiscalCode\">«Codice fiscale» non è valido")
			.contains("<a href=\"#phone\">«Telefono» non è un numero di telefono valido.</a>")
			.containsPattern("id=\"error-summary\"[^>]*role=\"alert\"")
			.containsPattern("id=\"lastName\"[^>]*value=\"Pace\"");
	}

	@Test
	void theApiNamesEveryWrongFieldAtOnceInItalianAndInEnglish() {
		Map<String, Object> body = new HashMap<>(TicketFlowIntegrationTests.newTicket(" ", "PCEVTI90H20A662X"));

		Response italian = api.post("operatore", "/api/v1/tickets", body);
		Response english = api.post("operatore", "/api/v1/tickets", body, Map.of("Accept-Language", "en"));

		assertThat(italian.status()).isEqualTo(400);
		assertThat(messages(italian)).containsOnly(Map.entry("subject", "«Oggetto» è obbligatorio."),
				Map.entry("citizen.fiscalCode",
						"«Codice fiscale» non è valido: servono 16 caratteri per una persona o 11 cifre per un’impresa, con il carattere di controllo corretto."));
		assertThat(messages(english)).containsOnly(Map.entry("subject", "\"Subject\" is required."),
				Map.entry("citizen.fiscalCode",
						"\"Fiscal code\" is not valid: a person's fiscal code has 16 characters, a company's 11 digits, with the right check character."));
	}

	@Test
	void aLineBreakCountsOnceAgainstTheLimitInTheApiAsInThePage() {
		// 4000 characters as the browser counts them and the ticket stores them, 4399 with CR LF line breaks.
		String atTheLimit = ("x".repeat(9) + "\r\n").repeat(399) + "x".repeat(10);
		Map<String, Object> body = new HashMap<>(TicketFlowIntegrationTests.newTicket("Testo lungo", "PCEVTI90H20A662U"));
		body.put("description", atTheLimit);

		assertThat(api.post("operatore", "/api/v1/tickets", body).status()).isEqualTo(201);

		body.put("description", atTheLimit + "x");
		Response tooLong = api.post("operatore", "/api/v1/tickets", body);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(messages(tooLong)).containsOnly(
				Map.entry("description", "«Descrizione» può avere al massimo 4.000 caratteri (un a capo conta uno)."));
	}

	private String open(String subject) {
		return api.post("operatore", "/api/v1/tickets", TicketFlowIntegrationTests.newTicket(subject, "PCEVTI90H20A662U"))
			.text("number");
	}

	/** Posts a form that is refused and reads the ticket page it leads back to, as the browser does. */
	private String followRefusal(MockHttpSession session, String number, String action, Map<String, String> fields)
			throws Exception {
		var request = post("/tickets/" + number + "/" + action).session(session).with(csrf());
		fields.forEach(request::param);
		MvcResult refused = mvc.perform(request).andExpect(redirectedUrl("/tickets/" + number)).andReturn();
		return mvc.perform(get("/tickets/" + number).session(session).flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static Map<String, String> messages(Response response) {
		Map<String, String> messages = new HashMap<>();
		response.body().path("errors").forEach(e -> messages.put(e.path("field").asString(), e.path("message").asString()));
		return messages;
	}

}
