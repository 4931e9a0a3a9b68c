package it.sportello.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import it.sportello.reporting.staffing.ErlangC;
import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.telephony.Telephony;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staffing plan on the phone switch's data, imported through telephony from a queue_log written here: a Monday
 * and a Tuesday of calls on queue {@code q-plan} and a Wednesday with an operator logged in but no call. The
 * plan is the average of the two days with calls: at 09:00 four calls the first day (one answered after 60 s) and two
 * the second, one operator logged in each day.
 */
@SportelloIntegrationTest
class SwitchStaffingIntegrationTests {

	private static final ZoneId ROME = ZoneId.of("Europe/Rome");

	private static final String QUEUE = "q-plan";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Telephony telephony;

	@BeforeEach
	void theSwitchDataIsImported() {
		StringBuilder log = new StringBuilder();
		// Monday 10 March 2025: one operator 09:00-10:00, four calls from 09:00, talk 200 s, waits 10, 10, 10 and 60 s.
		long monday = nine(10);
		member(log, monday, monday + 3600);
		call(log, "plan.1", monday + 60, 10, 200);
		call(log, "plan.2", monday + 300, 10, 200);
		call(log, "plan.3", monday + 600, 10, 200);
		call(log, "plan.4", monday + 900, 60, 200);
		// Tuesday: the same operator, two calls, talk 100 s, waits of 5 s.
		long tuesday = nine(11);
		member(log, tuesday, tuesday + 3600);
		call(log, "plan.5", tuesday + 60, 5, 100);
		call(log, "plan.6", tuesday + 400, 5, 100);
		// Wednesday: logged in, no call: not a day of the average.
		long wednesday = nine(12);
		member(log, wednesday, wednesday + 3600);
		telephony.importCalls("plan", new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)), "test",
				Locale.ITALIAN);
	}

	private static long nine(int day) {
		return ZonedDateTime.of(2025, 3, day, 9, 0, 0, 0, ROME).toEpochSecond();
	}

	private static void member(StringBuilder log, long in, long out) {
		log.append(in).append("|NONE|").append(QUEUE).append("|PJSIP/7100|ADDMEMBER|\n");
		log.append(out).append("|NONE|").append(QUEUE).append("|PJSIP/7100|REMOVEMEMBER|\n");
	}

	private static void call(StringBuilder log, String id, long entered, int wait, int talk) {
		String prefix = "|" + id + "|" + QUEUE + "|";
		log.append(entered).append(prefix).append("NONE|ENTERQUEUE||x|1\n");
		log.append(entered + wait).append(prefix).append("PJSIP/7100|CONNECT|").append(wait).append('|').append(id)
			.append(".1|1\n");
		log.append(entered + wait + talk).append(prefix).append("PJSIP/7100|COMPLETECALLER|").append(wait).append('|')
			.append(talk).append("|1\n");
	}

	private Api.Response plan(String user, Map<String, Object> request) {
		return new Api(port).post(user, "/api/v1/reports/staffing/switch", request);
	}

	@Test
	void theAverageDayOfThePeriodsDaysWithCallsGivesTheOperatorsNeededBesideThoseLoggedIn() {
		Api.Response response = plan("responsabile",
				Map.of("from", "2025-03-10", "to", "2025-03-12", "queue", QUEUE, "shrinkagePercent", 0));
		assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
		JsonNode body = response.body();
		assertThat(body.path("measuresAgents").asBoolean()).isTrue();
		assertThat(body.path("measured").path("daysWithCalls").asInt()).isEqualTo(2);
		assertThat(body.path("measured").path("queue").asString()).isEqualTo(QUEUE);
		// Threshold and target not given: the telephone report's.
		var report = telephony.report(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12), QUEUE);
		assertThat(body.path("parameters").path("thresholdSeconds").asInt()).isEqualTo(report.thresholdSeconds());
		assertThat(body.path("parameters").path("targetPercent").asDouble()).isEqualTo(report.targetPercent());

		// 09:00 and 09:30 (an operator logged in, no call); the night and the rest of the day are left out.
		assertThat(body.path("intervals")).hasSize(2);
		JsonNode nine = body.path("intervals").get(0);
		assertThat(nine.path("start").asString()).startsWith("09:00");
		assertThat(nine.path("calls").asDouble()).isEqualTo(3.0);
		double aht = (4 * 200 + 2 * 100) / 6.0;
		assertThat(nine.path("ahtSeconds").asDouble()).isCloseTo(aht, within(0.01));
		double traffic = ErlangC.traffic(3, aht, 1800);
		int needed = ErlangC.agentsNeeded(traffic, aht, report.thresholdSeconds(), report.targetPercent() / 100);
		assertThat(needed).as("one operator is not enough for 90 %% within 30 s").isEqualTo(2);
		assertThat(nine.path("agentsNeeded").asInt()).isEqualTo(needed);
		assertThat(nine.path("agentsLoggedIn").asInt()).isEqualTo(1);
		assertThat(nine.path("understaffed").asBoolean()).isTrue();
		assertThat(nine.path("serviceLevelWithLoggedInPercent").asDouble()).isCloseTo(
				100 * ErlangC.serviceLevel(1, traffic, aht, report.thresholdSeconds()), within(0.051));
		// Five of six calls answered within 30 s: 83.3 %, not above the target of 90 %: the service level was lost.
		assertThat(nine.path("measuredServiceLevelPercent").asDouble()).isCloseTo(83.3, within(0.05));
		assertThat(nine.path("serviceLevelLost").asBoolean()).isTrue();

		JsonNode halfPast = body.path("intervals").get(1);
		assertThat(halfPast.path("start").asString()).startsWith("09:30");
		assertThat(halfPast.path("calls").asDouble()).isZero();
		assertThat(halfPast.path("agentsNeeded").asInt()).isZero();
		assertThat(halfPast.path("agentsLoggedIn").asInt()).isEqualTo(1);
		assertThat(halfPast.path("understaffed").asBoolean()).isFalse();
		assertThat(halfPast.path("serviceLevelLost").asBoolean()).isFalse();
	}

	@Test
	void onTheSampleMonthTheAverageDayTimesItsDaysIsTheMonthsCallsAndTheLostHalfHoursAreMarked() throws Exception {
		try (var in = new GZIPInputStream(new ClassPathResource("telephony/queue_log-2026-09.gz").getInputStream())) {
			telephony.importCalls("queue_log-2026-09", in, "test", Locale.ITALIAN);
		}
		Api.Response response = plan("responsabile", Map.of("month", "2026-09", "queue", "numeroverde"));
		assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
		JsonNode body = response.body();
		int days = body.path("measured").path("daysWithCalls").asInt();
		assertThat(days).isBetween(20, 30);
		double calls = 0;
		int lost = 0;
		for (JsonNode interval : body.path("intervals")) {
			calls += interval.path("calls").asDouble();
			lost += interval.path("serviceLevelLost").asBoolean() ? 1 : 0;
		}
		// The generator's figure for the month (queue_log-2026-09.expected.json): 6,195 calls offered on numeroverde.
		assertThat(calls * days).isCloseTo(6195, within(0.01 * 48 * days));
		// Its service level was 71.18 % against a target of 90 %: some half-hours lost it.
		assertThat(lost).isPositive();
	}

	@Test
	void aLowerTargetTheMeasuredLevelExceedsIsNotLostAndAMonthIsItsDays() {
		Api.Response response = plan("responsabile",
				Map.of("month", "2025-03", "queue", QUEUE, "thresholdSeconds", 30, "targetPercent", 80));
		assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
		assertThat(response.body().path("measured").path("from").asString()).isEqualTo("2025-03-01");
		assertThat(response.body().path("measured").path("to").asString()).isEqualTo("2025-03-31");
		JsonNode nine = response.body().path("intervals").get(0);
		assertThat(nine.path("measuredServiceLevelPercent").asDouble()).isCloseTo(83.3, within(0.05));
		assertThat(nine.path("serviceLevelLost").asBoolean()).isFalse();
	}

	@Test
	void anUnknownQueueAPeriodWithoutCallsOrAWrongPeriodIsAProblemNamingTheField() {
		Api.Response queue = plan("responsabile", Map.of("month", "2025-03", "queue", "nessuna"));
		assertThat(queue.status()).isEqualTo(400);
		assertThat(queue.body().toString()).contains("queue", "nessuna");
		Api.Response empty = plan("responsabile", Map.of("from", "2025-03-12", "queue", QUEUE));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body().toString()).contains("from");
		Api.Response reversed = plan("responsabile", Map.of("from", "2025-03-12", "to", "2025-03-10"));
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.body().toString()).contains("\"to\"");
		Api.Response month = plan("responsabile", Map.of("month", "marzo"));
		assertThat(month.status()).isEqualTo(400);
		assertThat(month.body().toString()).contains("month");
		Api.Response nothing = plan("responsabile", Map.of());
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(plan("backoffice", Map.of("month", "2025-03")).status()).isEqualTo(403);
	}

	@Test
	void thePageOnSwitchDataMarksTheHalfHourWhereTheServiceLevelWasLost() throws Exception {
		String page = mvc
			.perform(get("/reports/staffing").param("source", "switch")
				.param("from", "2025-03-10")
				.param("to", "2025-03-12")
				.param("queue", QUEUE)
				.session(PageSessions.loginAs(mvc, "responsabile")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("giorno medio di 2 giorni con chiamate", "Livello di servizio perso",
				"Sotto organico: manca 1 operatore", "83,3 %");
		String wrong = mvc
			.perform(get("/reports/staffing").param("source", "switch")
				.param("month", "2025-03")
				.param("queue", "nessuna")
				.session(PageSessions.loginAs(mvc, "responsabile")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(wrong).contains("La coda «nessuna» non compare nei dati del centralino.");
	}

}
