package it.sportello.ticketing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static it.sportello.ticketing.TicketFlowIntegrationTests.FISCAL_CODE;
import static it.sportello.ticketing.TicketFlowIntegrationTests.newTicket;
import static it.sportello.ticketing.TicketFlowIntegrationTests.path;
import static org.assertj.core.api.Assertions.assertThat;

/** The service-level clock through the API, with the application's clock moved to chosen days. */
@SportelloIntegrationTest
class ServiceLevelIntegrationTests {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void deadlineSkipsEasterMondayAndTheTicketBecomesOverdueAfterIt() {
		clock.set(at(2027, 3, 25, 10)); // Thursday before Easter 2027
		String number = open();
		assertThat(number).startsWith("2027-");

		String due = api.post("operatore", path(number, "escalation"),
				Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "Ufficio caccia")).text("dueAt");

		// Fri 26, Tue 30, Wed 31, Thu 1, Fri 2 April: weekend and Easter Monday (29 March) do not count.
		assertThat(Instant.parse(due)).isEqualTo(at(2027, 4, 2, 10));
		clock.set(at(2027, 4, 2, 9));
		assertThat(api.get("backoffice", "/api/v1/tickets/" + number).body().path("overdue").asBoolean()).isFalse();
		clock.set(at(2027, 4, 2, 11));
		assertThat(api.get("backoffice", "/api/v1/tickets/" + number).body().path("overdue").asBoolean()).isTrue();
		assertThat(api.get("backoffice", "/api/v1/tickets?overdue=true&size=200").body().path("content").toString())
			.contains(number);
	}

	@Test
	void localAndNationalHolidaysAndWaitingForTheCitizenMoveTheDeadline() {
		clock.set(at(2028, 5, 29, 9)); // Monday; 30 May (Potenza) and 2 June are holidays
		String number = open();
		String due = api.post("operatore", path(number, "escalation"),
				Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "n")).text("dueAt");
		assertThat(Instant.parse(due)).isEqualTo(at(2028, 6, 7, 9));

		clock.set(at(2028, 6, 5, 9));
		api.post("supporto.agri", path(number, "waiting"), Map.of("note", "Mancano i documenti"));
		clock.set(at(2028, 6, 20, 9));
		assertThat(api.get("backoffice", "/api/v1/tickets/" + number).body().path("overdue").asBoolean())
			.as("the clock is paused while waiting for the citizen")
			.isFalse();
		clock.set(at(2028, 6, 7, 9));
		String moved = api.post("supporto.agri", path(number, "resumption"), Map.of()).text("dueAt");

		// Two working days waited (Mon 5 and Tue 6 June): the deadline moves from Wed 7 to Fri 9 June.
		assertThat(Instant.parse(moved)).isEqualTo(at(2028, 6, 9, 9));
	}

	@Test
	void ticketNumbersRestartEveryYear() {
		clock.set(at(2031, 12, 31, 23));
		String lastOfYear = open();
		clock.set(at(2032, 1, 2, 9));
		String firstOfNext = open();

		assertThat(lastOfYear).startsWith("2031-");
		assertThat(firstOfNext).isEqualTo("2032-000001");
	}

	private String open() {
		return api.post("operatore", "/api/v1/tickets", newTicket("Scadenze", FISCAL_CODE)).text("number");
	}

	static Instant at(int year, int month, int day, int hour) {
		return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ROME).toInstant();
	}

}
