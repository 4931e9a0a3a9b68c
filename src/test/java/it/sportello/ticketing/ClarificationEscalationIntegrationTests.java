package it.sportello.ticketing;

import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static it.sportello.ticketing.TicketFlowIntegrationTests.actions;
import static it.sportello.ticketing.TicketFlowIntegrationTests.newTicket;
import static it.sportello.ticketing.TicketFlowIntegrationTests.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * S-TT2 meets S-TT5: first level escalates while the back office has not yet answered its clarification. The
 * question goes with the ticket: on its timeline, on its page and, whole, in the back-office queue.
 */
@SportelloIntegrationTest
class ClarificationEscalationIntegrationTests {

	/** Longer than any preview would show: the queue must show all of it. */
	private static final String QUESTION = "Il cittadino affitta il terreno da un parente e chiede se il contributo per "
			+ "la conversione al biologico spetta a lui o al proprietario; il contratto è registrato dal 2019 e scade "
			+ "nel 2027. Vale anche se il proprietario riceve già un altro contributo per lo stesso terreno?";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void aPendingQuestionEscalatedToTheBackOfficeIsOnTheTimelineTheTicketAndTheQueue() throws Exception {
		Api api = new Api(port);
		String number = api.post("operatore", "/api/v1/tickets", newTicket("Contributo biologico in affitto",
				"PCEVTI90H20A662U")).text("number");
		api.post("operatore", path(number, "clarifications"), Map.of("question", QUESTION));

		Response escalated = api.post("operatore", path(number, "escalation"),
				Map.of("target", "BACK_OFFICE", "note", "Il cittadino non può più attendere in linea."));

		assertThat(escalated.status()).isEqualTo(200);
		assertThat(escalated.body().path("clarificationPending").asBoolean()).isFalse();
		assertThat(escalated.body().path("openQuestion").asString()).isEqualTo(QUESTION);
		assertThat(actions(escalated.body())).containsSubsequence("CLARIFICATION_REQUESTED", "CLARIFICATION_CARRIED",
				"ESCALATED_TO_BACK_OFFICE");
		var backOffice = PageSessions.loginAs(mvc, "backoffice");
		String queue = page(backOffice, "/queues/back-office");
		assertThat(queue).contains(QUESTION);
		String ticket = page(backOffice, "/tickets/" + number);
		assertThat(ticket).contains("Domanda di chiarimento ancora senza risposta", QUESTION,
				"Domanda di chiarimento passata con l&#39;escalation");
	}

	@Test
	void theBackOfficeQueueShowsEveryPendingQuestionWhole() throws Exception {
		Api api = new Api(port);
		String number = api.post("operatore", "/api/v1/tickets", newTicket("Domanda in attesa", "PCEVTI90H20A662U"))
			.text("number");
		api.post("operatore", path(number, "clarifications"), Map.of("question", QUESTION + " (in attesa)"));

		String queue = page(PageSessions.loginAs(mvc, "backoffice"), "/queues/back-office");

		assertThat(queue).contains(QUESTION + " (in attesa)");
	}

	private String page(org.springframework.mock.web.MockHttpSession session, String path) throws Exception {
		return mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
