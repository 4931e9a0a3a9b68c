package it.sportello.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.sportello.support.Api;
import it.sportello.support.RecordingTicketListener;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.ticketing.AnswerOfCommonInterestFlagged;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rebuild's source: ticketing's replay of a ticket's timeline ({@link TicketDesk#pastEvents}) tells the same
 * events the ticket published as it moved, through a department that returned it, another department, a reminder,
 * a wait for the citizen and its resumption (with the deadline it moved), a closing of common interest, a reopening and a second closing.
 */
@SportelloIntegrationTest
class PastEventsIntegrationTests {

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");

	@LocalServerPort
	int port;

	@Autowired
	RecordingTicketListener listener;

	@Autowired
	TicketDesk desk;

	@Test
	void theReplayOfATicketsTimelineIsWhatItPublishedWaitingAndResumingIncluded() {
		Api api = new Api(port);
		Api.Response opened = api.post("operatore", "/api/v1/tickets",
				Map.of("channel", "PHONE", "categoryCode", "RICHIESTA_SERVIZIO", "subject", "Contributo per il pozzo",
						"description", "Chiede a chi rivolgersi per il contributo.", "citizen",
						Map.of("kind", "PERSON", "firstName", "Vito", "lastName", "Laurino", "phone", "0971 600901")));
		String number = opened.text("number");
		String path = "/api/v1/tickets/" + number;
		ok(api.post("operatore", path + "/escalation",
				Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "Forse agricoltura.")));
		ok(api.post("supporto.agri", path + "/return", Map.of("reason", "Non di nostra competenza.")));
		ok(api.post("backoffice", path + "/assignment", Map.of("departmentCode", "AMBE")));
		ok(api.post("backoffice", path + "/reminders", Map.of()));
		ok(api.post("supporto.ambe", path + "/waiting", Map.of("note", "Chiesta la particella catastale.")));
		ok(api.post("supporto.ambe", path + "/resumption", Map.of("note", "Particella ricevuta.")));
		ok(api.post("supporto.ambe", path + "/closure",
				Map.of("resolution", "Il contributo si chiede all'ufficio risorse idriche.", "commonInterest", true)));
		ok(api.post("operatore", path + "/reopening", Map.of("reason", "Il cittadino chiede i moduli.")));
		ok(api.post("supporto.ambe", path + "/closure", Map.of("resolution", "Inviati i moduli.")));

		await().atMost(Duration.ofSeconds(10)).until(() -> published(number).size() == 10);
		char last = number.charAt(number.length() - 1);
		List<TicketEvent> replayed = desk.pastEvents(number.substring(0, number.length() - 1) + (char) (last - 1), 1);

		assertThat(replayed.stream().map(PastEventsIntegrationTests::text).toList())
			.containsExactlyElementsOf(published(number).stream().map(PastEventsIntegrationTests::text).toList());
	}

	private List<TicketEvent> published(String number) {
		return listener.eventsOf(number)
			.stream()
			.filter(e -> !(e instanceof AnswerOfCommonInterestFlagged))
			.sorted(java.util.Comparator.comparing(TicketEvent::at))
			.toList();
	}

	private static void ok(Api.Response response) {
		assertThat(response.status()).as("%s", response.body()).isLessThan(300);
	}

	/** The event as text, its instants to the microsecond the database keeps. */
	private static String text(TicketEvent event) {
		Matcher m = INSTANT.matcher(event.toString());
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Instant instant = Instant.parse(m.group());
			long micros = Math.round(instant.getNano() / 1000.0);
			m.appendReplacement(out, Instant.ofEpochSecond(instant.getEpochSecond(), micros * 1000).toString());
		}
		return m.appendTail(out).toString();
	}

}
