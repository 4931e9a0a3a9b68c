package it.sportello.ticketing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static it.sportello.ticketing.TicketFlowIntegrationTests.FISCAL_CODE;
import static it.sportello.ticketing.TicketFlowIntegrationTests.newTicket;
import static it.sportello.ticketing.TicketFlowIntegrationTests.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text a client or a form sends that the database could not store (a NUL character, text longer than its
 * column) is refused with the field before anything is written, as a 400 or the page's own error message,
 * never a 500; and the value, which may be personal data, never reaches the log.
 */
@SportelloIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TextInputIntegrationTests {

	/** In every refused value: the log must never show it. */
	private static final String MARKER = "Quirino";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper mapper;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void nulInATicketFieldIsAnInvalidFieldAndNothingIsStored(CapturedOutput output) {
		long before = count("ticket");
		Map<String, Object> body = new HashMap<>(newTicket("x", FISCAL_CODE));
		body.put("subject", MARKER + "\u0000 bollo");

		Response response = api.post("operatore", "/api/v1/tickets", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().getContentType()).hasToString("application/problem+json");
		assertThat(fields(response)).containsExactly("subject");
		assertThat(response.body().toString()).doesNotContain(MARKER);
		assertThat(count("ticket")).isEqualTo(before);
		assertNothingLogged(output);
	}

	@Test
	void controlCharactersInANestedCitizenFieldAreNamedWithTheirPath(CapturedOutput output) {
		Map<String, Object> body = new HashMap<>(newTicket("x", FISCAL_CODE));
		body.put("citizen", Map.of("kind", "PERSON", "firstName", MARKER + "\u001b[31m", "lastName", "Pace", "phone",
				"0971 123456"));

		Response response = api.post("operatore", "/api/v1/tickets", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("citizen.firstName");
		assertNothingLogged(output);
	}

	@Test
	void nulInANoteOrACitizenNameIsRefusedWithTheField(CapturedOutput output) {
		String number = api.post("operatore", "/api/v1/tickets", newTicket("Nota con NUL", FISCAL_CODE)).text("number");
		long history = count("ticket_history");

		Response note = api.post("operatore", path(number, "notes"), Map.of("note", MARKER + "\u0000"));
		Response citizen = api.post("operatore", "/api/v1/citizens",
				Map.of("kind", "PERSON", "firstName", "Anna", "lastName", MARKER + "\u0000", "phone", "0971 664099"));

		assertThat(note.status()).isEqualTo(400);
		assertThat(fields(note)).containsExactly("note");
		assertThat(count("ticket_history")).isEqualTo(history);
		assertThat(citizen.status()).isEqualTo(400);
		assertThat(fields(citizen)).containsExactly("lastName");
		assertNothingLogged(output);
	}

	@Test
	void onlyRequestsAreCheckedNotTheApplicationsOwnJson() {
		// Event publications are read back with this mapper: text stored before the check must stay readable.
		assertThat(mapper.readValue("\"Word\\u000bline\"", String.class)).isEqualTo("Word\u000bline");
	}

	@Test
	void tabsAndLineBreaksAreOrdinaryText() {
		String number = api.post("operatore", "/api/v1/tickets", newTicket("Nota su righe", FISCAL_CODE)).text("number");

		Response note = api.post("operatore", path(number, "notes"), Map.of("note", "Prima riga\r\n\tseconda riga"));

		assertThat(note.status()).isEqualTo(200);
	}

	@Test
	void nulInAPageFormIsRefusedWithTheFieldNamedInItalianAndNothingIsStored(CapturedOutput output) throws Exception {
		String number = api.post("operatore", "/api/v1/tickets", newTicket("Nota da pagina", FISCAL_CODE)).text("number");
		long history = count("ticket_history");

		mvc.perform(post("/tickets/" + number + "/notes").session(login())
			.with(csrf())
			.param("version", version(number))
			.param("note", MARKER + "\u0000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("fieldErrors", Map.of("note",
					"«Nota» contiene caratteri di controllo o non validi (ad esempio da un testo incollato): li tolga e riprovi.")))
			.andExpect(flash().attribute("typed", Map.of("note", MARKER)));

		assertThat(count("ticket_history")).isEqualTo(history);
		assertNothingLogged(output);
	}

	@Test
	void nulInTheConsoleFormIsShownBesideTheOtherErrorsAndNothingIsStored(CapturedOutput output) throws Exception {
		long before = count("ticket");

		mvc.perform(post("/console/tickets").session(login())
			.with(csrf())
			.param("citizen.kind", "PERSON")
			.param("citizen.lastName", "Pace")
			.param("citizen.phone", "0971 123456")
			.param("channel", "PHONE")
			.param("categoryCode", "INFORMAZIONI")
			.param("subject", "Bollo")
			.param("description", MARKER + "\u0000"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("«Descrizione» contiene caratteri di controllo")));

		assertThat(count("ticket")).isEqualTo(before);
		assertNothingLogged(output);
	}

	@Test
	void overlongTextFromThePagesIsTheActionsErrorMessageNotAnErrorPage(CapturedOutput output) throws Exception {
		MockHttpSession session = login();
		String closing = api.post("operatore", "/api/v1/tickets", newTicket("Chiusura lunga", FISCAL_CODE)).text("number");
		String forwarding = api.post("operatore", "/api/v1/tickets", newTicket("Inoltro lungo", FISCAL_CODE))
			.text("number");
		long history = count("ticket_history");

		refused(session, closing, "closure", "resolution", MARKER + "x".repeat(5000), "4.000");
		refused(session, closing, "notes", "note", MARKER + "x".repeat(4500), "4.000");
		refused(session, forwarding, "forwarding", "destination", MARKER + "x".repeat(400), "300");

		assertThat(count("ticket_history")).isEqualTo(history);
		assertThat(jdbc.queryForObject("select count(*) from ticket where number in (?, ?) and state = 'OPEN'", Long.class,
				closing, forwarding))
			.isEqualTo(2);
		assertNothingLogged(output);
	}

	@Test
	void overlongTextThroughTheApiIsAValidationProblemWithTheField() {
		String number = api.post("operatore", "/api/v1/tickets", newTicket("Nota lunga", FISCAL_CODE)).text("number");

		Response note = api.post("operatore", path(number, "notes"), Map.of("note", "x".repeat(4001)));
		Response forward = api.post("operatore", path(number, "forwarding"), Map.of("destination", "x".repeat(301)));

		assertThat(note.status()).isEqualTo(400);
		assertThat(fields(note)).containsExactly("note");
		assertThat(forward.status()).isEqualTo(400);
		assertThat(fields(forward)).containsExactly("destination");
	}

	@Test
	void everyTextAreaOfTheTicketPageCarriesItsLimit() throws Exception {
		String number = api.post("operatore", "/api/v1/tickets", newTicket("Limiti", FISCAL_CODE)).text("number");

		String page = mvc.perform(get("/tickets/" + number).session(login()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<textarea").containsPattern("name=\"destination\"[^>]*maxlength=\"300\"");
		assertThat(page).doesNotContainPattern("<textarea(?![^>]*maxlength=\"4000\")");
	}

	private void refused(MockHttpSession session, String number, String action, String field, String text,
			String limit) throws Exception {
		mvc.perform(post("/tickets/" + number + "/" + action).session(session)
			.with(csrf())
			.param("version", version(number))
			.param(field, text))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("fieldErrors", org.hamcrest.Matchers.hasEntry(org.hamcrest.Matchers.equalTo(field),
					org.hamcrest.Matchers.containsString("può avere al massimo " + limit + " caratteri"))));
	}

	/** A session from the login form, as the pages' browser has. */
	private MockHttpSession login() throws Exception {
		return PageSessions.loginAs(mvc, "operatore");
	}

	private static List<String> fields(Response response) {
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		return fields;
	}

	private String version(String number) {
		return String.valueOf(jdbc.queryForObject("select version from ticket where number = ?", Long.class, number));
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static void assertNothingLogged(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(MARKER).doesNotContain(" ERROR ");
	}

}
