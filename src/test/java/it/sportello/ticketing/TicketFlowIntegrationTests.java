package it.sportello.ticketing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section 4 of the source document, steps 1-15, through the HTTP API on PostgreSQL, as the demo
 * users of each level (HTTP Basic, password = user name).
 */
@SportelloIntegrationTest
class TicketFlowIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	static Map<String, Object> newTicket(String subject, String fiscalCode) {
		return Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI", "subject", subject, "description",
				"Il cittadino chiede: " + subject, "citizen",
				Map.of("kind", "PERSON", "firstName", "Carmela", "lastName", "Pace", "fiscalCode", fiscalCode,
						"phone", "0971 123456", "preferredChannel", "PHONE"));
	}

	static final String FISCAL_CODE = "PCEVTI90H20A662U";

	@Test
	void ticketGoesThroughAllThreeLevelsAndIsClosedByTheDepartmentWithItsHistory() {
		// Steps 1-5: first level opens the ticket with the caller's details.
		Response opened = api.post("operatore", "/api/v1/tickets", newTicket("Danni da grandine agli ulivi", FISCAL_CODE));
		assertThat(opened.status()).isEqualTo(201);
		String number = opened.text("number");
		assertThat(number).matches("\\d{4}-\\d{6}");
		assertThat(opened.headers().getLocation()).hasToString("/api/v1/tickets/" + number);
		assertThat(opened.etag()).isEqualTo("\"0\"");
		assertThat(opened.body().path("citizen").path("fiscalCode").asString()).isEqualTo(FISCAL_CODE);
		assertThat(opened.body().path("citizen").path("phone").asString()).isEqualTo("+390971123456");

		// Step 7: a quick clarification from the back office while the caller waits.
		assertThat(api.post("operatore", path(number, "clarifications"), Map.of("question", "C'è un bando aperto?"))
			.body()
			.path("clarificationPending")
			.asBoolean()).isTrue();
		assertThat(api.get("backoffice", "/api/v1/tickets?clarificationPending=true").body().path("content").toString())
			.contains(number);
		assertThat(api.post("backoffice", path(number, "clarifications/answer"), Map.of("answer", "Non ancora."))
			.status()).isEqualTo(200);

		// Step 10: neither answer nor office known: escalate to the back office.
		Response escalated = api.post("operatore", path(number, "escalation"),
				Map.of("target", "BACK_OFFICE", "note", "Il cittadino chiede un indennizzo: ufficio non chiaro."));
		assertThat(escalated.text("state")).isEqualTo("ESCALATED");
		assertThat(escalated.text("level")).isEqualTo("BACK_OFFICE");

		// Steps 11-12: the back office finds the competent department and assigns the ticket.
		Response assigned = api.post("backoffice", path(number, "assignment"),
				Map.of("departmentCode", "AGRI", "note", "Calamità agricole: ufficio competente di AGRI."));
		assertThat(assigned.text("state")).isEqualTo("ASSIGNED");
		assertThat(assigned.body().path("department").path("code").asString()).isEqualTo("AGRI");
		assertThat(assigned.text("dueAt")).isNotBlank();

		// Department scope: another department cannot even see it.
		assertThat(api.get("supporto.salu", "/api/v1/tickets/" + number).status()).isEqualTo(404);
		assertThat(api.get("supporto.agri", "/api/v1/tickets/" + number).status()).isEqualTo(200);

		// S-TT9: a reminder from the back office.
		assertThat(api.post("backoffice", path(number, "reminders"), Map.of("note", "Il cittadino ha richiamato"))
			.body()
			.path("reminderCount")
			.asInt()).isEqualTo(1);

		// Steps 13-14: the department completes the request with the citizen, then gives the answer.
		api.post("supporto.agri", path(number, "contacts"),
				Map.of("channel", "PHONE", "purpose", "COMPLETE_REQUEST", "outcome", "REACHED", "note", "Chiesto il foglio di mappa"));
		assertThat(api.post("supporto.agri", path(number, "waiting"), Map.of("note", "Attende le foto")).text("state"))
			.isEqualTo("WAITING_FOR_CITIZEN");
		assertThat(api.post("supporto.agri", path(number, "resumption"), Map.of("note", "Foto ricevute")).text("state"))
			.isEqualTo("ASSIGNED");
		api.post("supporto.agri", path(number, "contacts"),
				Map.of("channel", "PHONE", "purpose", "GIVE_ANSWER", "outcome", "REACHED"));

		// Step 15: closed with the solution, flagged of common interest (S-TT11).
		Response closed = api.post("supporto.agri", path(number, "closure"),
				Map.of("resolution", "La domanda di indennizzo si presenta entro 30 giorni all'ufficio calamità.",
						"commonInterest", true));
		assertThat(closed.text("state")).isEqualTo("CLOSED");
		assertThat(closed.text("resolvedAtLevel")).isEqualTo("DEPARTMENT");
		assertThat(closed.body().path("commonInterest").asBoolean()).isTrue();
		assertThat(actions(closed.body())).containsExactly("OPENED", "CLARIFICATION_REQUESTED",
				"CLARIFICATION_ANSWERED", "ESCALATED_TO_BACK_OFFICE", "ASSIGNED", "REMINDED", "CONTACT",
				"WAITING_FOR_CITIZEN", "RESUMED", "CONTACT", "CLOSED", "FLAGGED_COMMON_INTEREST");

		// S-TT12: the citizen follows the request by its number.
		Response tracked = api.call(org.springframework.http.HttpMethod.POST, null, "/api/v1/public/tracking",
				Map.of("number", number, "proof", FISCAL_CODE.toLowerCase()), Map.of());
		assertThat(tracked.status()).isEqualTo(200);
		assertThat(tracked.text("state")).isEqualTo("CLOSED");
		assertThat(tracked.text("answer")).contains("30 giorni");
		assertThat(api.call(org.springframework.http.HttpMethod.POST, null, "/api/v1/public/tracking",
				Map.of("number", number, "proof", "RSSMRA85T10A562S"), Map.of()).status()).isEqualTo(404);

		// The citizen calls back: the ticket returns to the department that resolved it.
		Response reopened = api.post("operatore", path(number, "reopening"), Map.of("reason", "Il modulo non si trova"));
		assertThat(reopened.text("state")).isEqualTo("ASSIGNED");
		assertThat(reopened.body().path("department").path("code").asString()).isEqualTo("AGRI");
	}

	@Test
	void firstLevelAnswersAndClosesAtOnce() {
		String number = open("Orari URP Salute");

		Response closed = api.post("operatore", path(number, "closure"),
				Map.of("resolution", "Lun-ven 9-13", "commonInterest", false));

		assertThat(closed.text("state")).isEqualTo("CLOSED");
		assertThat(closed.text("resolvedAtLevel")).isEqualTo("FIRST_LEVEL");
	}

	@Test
	void firstLevelEscalatesStraightToTheDepartmentWhenTheOfficeIsKnown() {
		String number = open("Tesserino venatorio");

		Response escalated = api.post("operatore", path(number, "escalation"),
				Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "Ufficio caccia"));

		assertThat(escalated.text("state")).isEqualTo("ASSIGNED");
		assertThat(escalated.text("level")).isEqualTo("DEPARTMENT");
		assertThat(api.get("supporto.agri", "/api/v1/tickets?state=ASSIGNED").body().path("content").toString())
			.contains(number);
	}

	@Test
	void forwardedCallIsRecordedAndClosed() {
		String number = open("Chiede dell'ufficio caccia");

		Response forwarded = api.post("operatore", path(number, "forwarding"),
				Map.of("destination", "URP Politiche Agricole"));

		assertThat(forwarded.text("state")).isEqualTo("CLOSED");
		assertThat(forwarded.text("forwardedTo")).isEqualTo("URP Politiche Agricole");
	}

	@Test
	void backOfficeRelaysTheDepartmentsAnswerToFirstLevel() {
		String number = open("Bollo auto d'epoca");
		api.post("operatore", path(number, "escalation"), Map.of("target", "BACK_OFFICE", "note", "?"));

		Response relayed = api.post("backoffice", path(number, "relay"), Map.of("answer", "Esente se iscritta ASI"));
		assertThat(relayed.text("state")).isEqualTo("ANSWER_RELAYED");
		assertThat(relayed.text("level")).isEqualTo("FIRST_LEVEL");

		assertThat(api.post("operatore", path(number, "closure"), Map.of("resolution", "Comunicato")).text("state"))
			.isEqualTo("CLOSED");
	}

	@Test
	void theSameCitizenIsReusedAndTheirEarlierTicketsAreListed() {
		Response first = api.post("operatore", "/api/v1/tickets", newTicket("Prima richiesta", "BNCGPP60B12L049W"));
		Response second = api.post("operatore2", "/api/v1/tickets", newTicket("Seconda richiesta", "bncgpp60b12l049w"));

		long citizenId = first.body().path("citizen").path("id").asLong();
		assertThat(second.body().path("citizen").path("id").asLong()).isEqualTo(citizenId);
		Response tickets = api.get("operatore", "/api/v1/citizens/" + citizenId + "/tickets");
		List<String> numbers = new ArrayList<>();
		tickets.body().forEach(t -> numbers.add(t.path("number").asString()));
		assertThat(numbers).containsExactly(second.text("number"), first.text("number"));
	}

	private String open(String subject) {
		Response opened = api.post("operatore", "/api/v1/tickets", newTicket(subject, FISCAL_CODE));
		assertThat(opened.status()).isEqualTo(201);
		return opened.text("number");
	}

	static String path(String number, String action) {
		return "/api/v1/tickets/" + number + "/" + action;
	}

	static List<String> actions(JsonNode ticket) {
		List<String> actions = new ArrayList<>();
		ticket.path("history").forEach(h -> actions.add(h.path("action").asString()));
		return actions;
	}

}
