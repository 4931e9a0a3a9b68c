package it.sportello.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.sportello.reporting.tickets.TicketFacts;
import it.sportello.shared.Channel;
import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketAssigned;
import it.sportello.ticketing.TicketClosed;
import it.sportello.ticketing.TicketEscalated;
import it.sportello.ticketing.TicketEvent;
import it.sportello.ticketing.TicketOpened;
import it.sportello.ticketing.TicketReminded;
import it.sportello.ticketing.TicketResumed;
import it.sportello.ticketing.TicketWaitingForCitizen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ticket dashboards on the demo tickets, end to end: ticketing's events feed the read models, the API and the
 * CSV read them, each role sees what it may, and a rebuild from the tickets gives the same figures. The demo tickets
 * were opened ten and three days ago (and two hours ago): the period from ten to three days ago holds only them.
 */
@SportelloIntegrationTest
class TicketDashboardsIntegrationTests {

	private static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TicketFacts facts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	Api api;

	LocalDate from;

	LocalDate to;

	@BeforeEach
	void demoTicketsReachedTheDashboards() {
		api = new Api(port);
		Instant now = clock.instant();
		from = LocalDate.ofInstant(now.minus(Duration.ofDays(10)), ROME);
		to = LocalDate.ofInstant(now.minus(Duration.ofDays(3)), ROME);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from report_ticket where opened_day between :from and :to "
					+ "and (closed_day is not null or holder_level is not null)")
				.param("from", from)
				.param("to", to)
				.query(Long.class)
				.single() >= 8 && dashboard("responsabile", null).body().path("closed").asLong() == 3);
	}

	@AfterEach
	void forgetMadeUpTickets() {
		jdbc.sql("delete from report_ticket_event where number like '1999-%'").update();
		jdbc.sql("delete from report_ticket where number like '1999-%'").update();
	}

	private Api.Response dashboard(String user, String department) {
		return api.get(user, "/api/v1/reports/tickets?from=" + from + "&to=" + to
				+ (department == null ? "" : "&department=" + department));
	}

	private static long count(JsonNode counts, String key) {
		for (JsonNode c : counts) {
			if (c.path("key").asString().equals(key)) {
				return c.path("count").asLong();
			}
		}
		return 0;
	}

	private static JsonNode department(JsonNode body, String code) {
		for (JsonNode d : body.path("departments")) {
			if (d.path("department").asString().equals(code)) {
				return d;
			}
		}
		throw new AssertionError("no department " + code + " in " + body);
	}

	@Test
	void theManagerSeesTheDemoTicketsVolumesResolutionEscalationsAndTimeToClose() {
		Api.Response response = dashboard("responsabile", null);
		assertThat(response.status()).isEqualTo(200);
		JsonNode d = response.body();
		assertThat(d.path("opened").asLong()).isEqualTo(8);
		assertThat(count(d.path("channels"), "PHONE")).isEqualTo(4);
		assertThat(count(d.path("channels"), "EMAIL")).isEqualTo(2);
		assertThat(count(d.path("channels"), "WEB")).isEqualTo(1);
		assertThat(count(d.path("channels"), "LETTER")).isEqualTo(1);
		assertThat(count(d.path("categories"), "INFORMAZIONI")).isEqualTo(3);
		assertThat(count(d.path("categories"), "RICHIESTA_SERVIZIO")).isEqualTo(3);
		assertThat(count(d.path("categories"), "RECLAMO")).isEqualTo(1);
		assertThat(count(d.path("categories"), "CENTRALINO")).isEqualTo(1);
		assertThat(d.path("closed").asLong()).isEqualTo(3);
		assertThat(d.path("closedAtFirstLevel").asLong()).isEqualTo(2);
		assertThat(d.path("firstLevelPercent").asDouble()).isEqualTo(66.7);
		assertThat(d.path("escalationsToBackOffice").asLong()).isEqualTo(3);
		assertThat(department(d, "AGRI").path("escalations").asLong()).isEqualTo(2);
		assertThat(department(d, "SALU").path("escalations").asLong()).isEqualTo(1);
		assertThat(department(d, "AMBE").path("escalations").asLong()).isEqualTo(1);
		assertThat(d.path("days")).hasSize(8);
		assertThat(d.path("days").get(0).path("opened").asLong()).isEqualTo(4);
		assertThat(d.path("days").get(7).path("opened").asLong()).isEqualTo(4);
		assertThat(d.path("days").get(7).path("closed").asLong()).isEqualTo(3);
		assertThat(d.path("hours")).hasSize(24);
		long byHour = 0;
		for (JsonNode h : d.path("hours")) {
			byHour += h.path("count").asLong();
		}
		assertThat(byHour).isEqualTo(8);
		JsonNode firstLevel = d.path("timeToClose").get(0);
		assertThat(firstLevel.path("level").asString()).isEqualTo("FIRST_LEVEL");
		// Forwarded after 90 s, answered after 120 s.
		assertThat(firstLevel.path("medianSeconds").asLong()).isEqualTo(90);
		assertThat(firstLevel.path("p90Seconds").asLong()).isEqualTo(120);
		JsonNode atDepartment = d.path("timeToClose").get(1);
		assertThat(atDepartment.path("level").asString()).isEqualTo("DEPARTMENT");
		assertThat(atDepartment.path("medianSeconds").asLong()).isEqualTo(7 * 86_400 + 60);
	}

	@Test
	void aDepartmentsSupportSeesOnlyTheTicketsItsDepartmentReceived() {
		JsonNode d = dashboard("supporto.agri", null).body();
		assertThat(d.path("department").asString()).isEqualTo("AGRI");
		assertThat(d.path("opened").asLong()).isEqualTo(2);
		assertThat(count(d.path("channels"), "PHONE")).isEqualTo(1);
		assertThat(count(d.path("channels"), "LETTER")).isEqualTo(1);
		assertThat(d.path("closed").asLong()).isEqualTo(1);
		assertThat(d.path("closedAtFirstLevel").asLong()).isZero();
		assertThat(d.path("escalationsToBackOffice").asLong()).isZero();
		assertThat(d.path("departments")).hasSize(1);
		assertThat(department(d, "AGRI").path("escalations").asLong()).isEqualTo(2);
		assertThat(dashboard("supporto.agri", "AGRI").status()).isEqualTo(200);
	}

	@Test
	void aDepartmentsSupportAskingForAnotherDepartmentIsRefused() {
		Api.Response response = dashboard("supporto.agri", "SALU");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.text("detail")).contains("SALU");
	}

	@Test
	void theBackOfficeMayFilterByDepartmentAndFirstLevelReadsNoDashboard() {
		JsonNode salu = dashboard("backoffice", "SALU").body();
		assertThat(salu.path("opened").asLong()).isEqualTo(1);
		assertThat(count(salu.path("channels"), "WEB")).isEqualTo(1);
		assertThat(dashboard("operatore", null).status()).isEqualTo(403);
		assertThat(dashboard("backoffice", "NESSUNO").status()).isEqualTo(400);
	}

	@Test
	void aReversedOrMissingPeriodIsAProblemNotAnError() {
		Api.Response reversed = api.get("responsabile", "/api/v1/reports/tickets?from=" + to + "&to=" + from);
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.body().toString()).contains("to");
		assertThat(api.get("responsabile", "/api/v1/reports/tickets?from=" + from).status()).isEqualTo(400);
		assertThat(api.get("responsabile", "/api/v1/reports/tickets?from=ieri&to=" + to).status()).isEqualTo(400);
		assertThat(api.get("responsabile", "/api/v1/reports/tickets?from=2020-01-01&to=2026-01-01").status())
			.isEqualTo(400);
	}

	@Test
	void rebuildingFromTheTicketsGivesTheFiguresTheEventsGave() {
		ObjectNode live = (ObjectNode) dashboard("responsabile", null).body();
		Api.Response rebuilt = api.post("admin", "/api/v1/reports/tickets/rebuild", null);
		assertThat(rebuilt.status()).isEqualTo(200);
		assertThat(rebuilt.body().path("tickets").asLong()).isGreaterThanOrEqualTo(10);
		ObjectNode again = (ObjectNode) dashboard("responsabile", null).body();
		live.remove("asOf");
		again.remove("asOf");
		assertThat(again).isEqualTo(live);
		assertThat(api.post("responsabile", "/api/v1/reports/tickets/rebuild", null).status()).isEqualTo(403);
	}

	@Test
	void eventsDeliveredTwiceOrOutOfOrderCountOnce() {
		Instant opened = Instant.parse("1999-03-01T09:15:00Z");
		Instant due = opened.plus(Duration.ofDays(2));
		List<TicketEvent> events = List.of(
				new TicketOpened("1999-000001", Channel.PHONE, "INFORMAZIONI", 1, "operatore", opened),
				new TicketEscalated("1999-000001", "INFORMAZIONI", Channel.PHONE, Level.BACK_OFFICE, null, null,
						"operatore", opened.plusSeconds(60)),
				new TicketAssigned("1999-000001", "INFORMAZIONI", Channel.PHONE, "AGRI", null, due, "backoffice",
						opened.plusSeconds(3600)),
				new TicketReminded("1999-000001", "INFORMAZIONI", Channel.PHONE, "AGRI", 1, false, "backoffice",
						opened.plusSeconds(7200)),
				new TicketOpened("1999-000002", Channel.EMAIL, "RECLAMO", 2, "operatore", opened),
				new TicketClosed("1999-000002", "RECLAMO", Channel.EMAIL, Level.FIRST_LEVEL, null, null, "operatore",
						opened.plusSeconds(300)));
		List<TicketEvent> delivered = new ArrayList<>(events);
		delivered.addAll(events);
		Collections.shuffle(delivered, new Random(42));
		for (TicketEvent event : delivered) {
			transaction.executeWithoutResult(status -> facts.record(event));
		}
		from = LocalDate.of(1999, 3, 1);
		to = LocalDate.of(1999, 3, 1);
		JsonNode d = dashboard("responsabile", null).body();
		assertThat(d.path("opened").asLong()).isEqualTo(2);
		assertThat(d.path("closed").asLong()).isEqualTo(1);
		assertThat(d.path("escalationsToBackOffice").asLong()).isEqualTo(1);
		assertThat(department(d, "AGRI").path("escalations").asLong()).isEqualTo(1);
		assertThat(department(d, "AGRI").path("reminders").asLong()).isEqualTo(1);
		assertThat(d.path("timeToClose").get(0).path("medianSeconds").asLong()).isEqualTo(300);
		// Still at the department, its deadline of 1999 long past: open and overdue now.
		JsonNode agri = department(dashboard("responsabile", "AGRI").body(), "AGRI");
		long overdueBefore = agri.path("overdue").asLong();
		assertThat(overdueBefore).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from report_ticket_event where number = '1999-000001'")
			.query(Long.class)
			.single()).isEqualTo(4);
		transaction.executeWithoutResult(status -> facts.record(new TicketClosed("1999-000001", "INFORMAZIONI",
				Channel.PHONE, Level.DEPARTMENT, "AGRI", null, "supporto.agri", opened.plusSeconds(9000))));
		JsonNode afterClosing = department(dashboard("responsabile", "AGRI").body(), "AGRI");
		assertThat(afterClosing.path("overdue").asLong()).isEqualTo(overdueBefore - 1);
	}

	@Test
	void aTicketWaitingForTheCitizenIsOpenButNotOverdueAndAfterResumingItsNewDeadlineCounts() {
		String number = "1999-000101";
		Instant opened = Instant.parse("1998-05-04T08:00:00Z");
		Instant pastDue = opened.plus(Duration.ofDays(5));
		JsonNode before = agriOrNone();
		record(new TicketOpened(number, Channel.PHONE, "INFORMAZIONI", 1, "operatore", opened),
				new TicketAssigned(number, "INFORMAZIONI", Channel.PHONE, "AGRI", null, pastDue, "backoffice",
						opened.plusSeconds(600)));
		JsonNode assigned = department(dashboard("responsabile", "AGRI").body(), "AGRI");
		assertThat(assigned.path("open").asLong()).isEqualTo(before.path("open").asLong() + 1);
		assertThat(assigned.path("overdue").asLong()).isEqualTo(before.path("overdue").asLong() + 1);

		record(new TicketWaitingForCitizen(number, "INFORMAZIONI", Channel.PHONE, "AGRI", null, "supporto.agri",
				opened.plusSeconds(3600)));
		JsonNode waiting = department(dashboard("responsabile", "AGRI").body(), "AGRI");
		assertThat(waiting.path("open").asLong()).as("still the department's").isEqualTo(assigned.path("open").asLong());
		assertThat(waiting.path("overdue").asLong()).as("its clock is stopped")
			.isEqualTo(before.path("overdue").asLong());

		// In whole microseconds, as the database keeps it (it rounds a finer instant, it does not cut it).
		Instant movedDue = clock.instant().truncatedTo(ChronoUnit.MICROS).plus(Duration.ofDays(30));
		record(new TicketResumed(number, "INFORMAZIONI", Channel.PHONE, "AGRI", movedDue, "supporto.agri",
				opened.plusSeconds(7200)));
		JsonNode resumed = department(dashboard("responsabile", "AGRI").body(), "AGRI");
		assertThat(resumed.path("open").asLong()).isEqualTo(assigned.path("open").asLong());
		assertThat(resumed.path("overdue").asLong()).as("the moved deadline is ahead")
			.isEqualTo(before.path("overdue").asLong());
		assertThat(jdbc.sql("select due_at from report_ticket where number = :n")
			.param("n", number)
			.query(Timestamp.class)
			.single()
			.toInstant()).isEqualTo(movedDue);

		record(new TicketWaitingForCitizen(number, "INFORMAZIONI", Channel.PHONE, "AGRI", null, "supporto.agri",
				opened.plusSeconds(8000)),
				new TicketResumed(number, "INFORMAZIONI", Channel.PHONE, "AGRI", pastDue.plusSeconds(60),
						"supporto.agri", opened.plusSeconds(9000)));
		JsonNode lateAgain = department(dashboard("responsabile", "AGRI").body(), "AGRI");
		assertThat(lateAgain.path("overdue").asLong()).as("the last resumption's deadline, past, counts")
			.isEqualTo(before.path("overdue").asLong() + 1);
	}

	private JsonNode agriOrNone() {
		for (JsonNode d : dashboard("responsabile", "AGRI").body().path("departments")) {
			if (d.path("department").asString().equals("AGRI")) {
				return d;
			}
		}
		return JsonNodeFactory.instance.objectNode().put("open", 0).put("overdue", 0);
	}

	private void record(TicketEvent... events) {
		for (TicketEvent event : events) {
			transaction.executeWithoutResult(status -> facts.record(event));
		}
	}

	@Test
	void aTicketMovedThroughTheApiReachesTheReadModelByItsEvents() {
		Api.Response opened = api.post("operatore", "/api/v1/tickets",
				Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI", "subject", "Orari per il cruscotto",
						"description", "Chiede gli orari dell'ufficio.", "citizen",
						Map.of("kind", "PERSON", "firstName", "Lucia", "lastName", "Pace", "phone", "0971 600900")));
		assertThat(opened.status()).isEqualTo(201);
		String number = opened.text("number");
		await().atMost(Duration.ofSeconds(10)).until(() -> "FIRST_LEVEL".equals(holder(number)));
		Api.Response escalated = api.post("operatore", "/api/v1/tickets/" + number + "/escalation",
				Map.of("target", "BACK_OFFICE", "note", "Serve il back office."));
		assertThat(escalated.status()).as("%s", escalated.body()).isLessThan(300);
		await().atMost(Duration.ofSeconds(10)).until(() -> "BACK_OFFICE".equals(holder(number)));
	}

	private String holder(String number) {
		return jdbc.sql("select holder_level from report_ticket where number = :n")
			.param("n", number)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	void eachTableDownloadsAsCsvForTheSamePeriod() throws Exception {
		var session = PageSessions.loginAs(mvc, "responsabile");
		String csv = mvc.perform(get("/reports/tickets/channels.csv").param("from", from.toString())
			.param("to", to.toString())
			.session(session))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("Canale;Ticket\r\nTelefono;4\r\nE-mail;2\r\nLettera;1\r\nWeb;1\r\n");
		mvc.perform(get("/reports/tickets/nessuna.csv").session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/reports/tickets/channels.csv").session(PageSessions.loginAs(mvc, "operatore")))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePageDrawsEachChartBesideItsTable() throws Exception {
		String page = mvc.perform(get("/reports/tickets").param("from", from.toString())
			.param("to", to.toString())
			.session(PageSessions.loginAs(mvc, "supporto.agri")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("<svg", "role=\"img\"", "<caption>Ticket per canale</caption>");
		assertThat(page).doesNotContain("id=\"report-department\"");
	}

}
