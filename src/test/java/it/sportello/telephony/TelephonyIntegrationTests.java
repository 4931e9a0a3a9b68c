package it.sportello.telephony;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The switch data's import and the telephone report on the whole application and PostgreSQL: the month of
 * sample log (2.6 MB, beyond the ordinary 1 MB body limit) gives the generator's reference figures, twice imported
 * it counts once, a call split across two files is pending then completed, DST days are cut in local time, the PDF
 * and the spreadsheets hold the figures, and only the manager and administrators reach any of it.
 */
@SportelloIntegrationTest
class TelephonyIntegrationTests {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@Autowired
	MockMvc mvc;

	@Autowired
	Telephony telephony;

	@LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	static byte[] sample() throws IOException {
		try (InputStream in = new GZIPInputStream(new ClassPathResource("telephony/queue_log-2026-09.gz").getInputStream())) {
			return in.readAllBytes();
		}
	}

	JsonNode postBody(byte[] body, String user) {
		return RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/api/v1/telephony/imports")
			.header(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
			.header("X-File-Name", "queue_log-2026-09")
			.contentType(MediaType.TEXT_PLAIN)
			.body(body)
			.exchange((req, res) -> {
				byte[] answer = res.getBody().readAllBytes();
				assertThat(res.getStatusCode().value()).as(new String(answer, StandardCharsets.UTF_8)).isEqualTo(200);
				return json.readTree(answer);
			});
	}

	@Test
	void theSampleMonthSentAsABodyOverOneMegabyteGivesTheReferenceFiguresAndCountsOnceWhenSentAgain() throws Exception {
		byte[] sample = sample();
		assertThat(sample.length).isGreaterThan(1024 * 1024);
		JsonNode first = postBody(sample, "responsabile");
		assertThat(first.path("linesRead").asLong()).isEqualTo(38_767);
		assertThat(first.path("ignoredEvents").path("DID").asLong()).isEqualTo(10_301);
		assertThat(first.path("ignoredEvents").path("QUEUESTART").asLong()).isEqualTo(1);
		assertThat(first.path("callsPending").asLong()).isZero();
		assertThat(first.path("callsCompleted").asLong() + first.path("callsRepeated").asLong()).isEqualTo(10_301);

		JsonNode again = postBody(sample, "responsabile");
		assertThat(again.path("callsCompleted").asLong()).isZero();
		assertThat(again.path("callsRepeated").asLong()).isEqualTo(10_301);

		JsonNode expected = json.readTree(new ClassPathResource("telephony/queue_log-2026-09.expected.json").getInputStream())
			.path("queues");
		String body = mvc.perform(get("/api/v1/reports/telephone").param("from", "2026-09-01").param("to", "2026-09-30")
			.with(httpBasic("responsabile", "responsabile")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode report = json.readTree(body);
		assertThat(report.path("thresholdSeconds").asInt()).isEqualTo(30);
		assertThat(report.path("targetPercent").asDouble()).isEqualTo(90.0);
		assertFigures(report.path("total"), expected.path("ALL"));
		for (JsonNode queue : report.path("queues")) {
			if (queue.path("queue").asString().equals("numeroverde") || queue.path("queue").asString().equals("centralino")) {
				assertFigures(queue, expected.path(queue.path("queue").asString()));
			}
		}
		assertThat(report.path("days")).hasSize(30);
		assertThat(report.path("intervals")).hasSize(48);
		assertThat(report.path("weekdays")).hasSize(7);
		long offeredByDay = 0;
		for (JsonNode day : report.path("days")) {
			offeredByDay += day.path("offered").asLong();
		}
		long offeredByInterval = 0;
		for (JsonNode interval : report.path("intervals")) {
			offeredByInterval += interval.path("offered").asLong();
		}
		assertThat(offeredByDay).isEqualTo(10_301);
		assertThat(offeredByInterval).isEqualTo(10_301);
		// The trend's last month is September, from the monthly aggregates.
		JsonNode trend = report.path("trend");
		assertThat(trend).hasSize(12);
		assertThat(trend.get(11).path("month").asString()).isEqualTo("2026-09");
		assertThat(trend.get(11).path("serviceLevelPercent").asDouble()).isEqualTo(77.45);
	}

	private static void assertFigures(JsonNode actual, JsonNode expected) {
		assertThat(actual.path("offered").asLong()).isEqualTo(expected.path("offered").asLong());
		assertThat(actual.path("answered").asLong()).isEqualTo(expected.path("answered").asLong());
		assertThat(actual.path("answeredWithinThreshold").asLong()).isEqualTo(expected.path("answered_within").asLong());
		assertThat(actual.path("unanswered").asLong()).isEqualTo(expected.path("unanswered").asLong());
		assertThat(actual.path("shortAbandoned").asLong()).isEqualTo(expected.path("unanswered_within").asLong());
		assertThat(actual.path("timedOut").asLong()).isEqualTo(expected.path("timeout").asLong());
		assertThat(actual.path("serviceLevelPercent").asDouble()).isEqualTo(expected.path("service_level_pct").asDouble());
		assertThat(actual.path("averageSpeedOfAnswerSeconds").asDouble()).isEqualTo(expected.path("asa_s").asDouble());
		assertThat(actual.path("maxWaitSeconds").asLong()).isEqualTo(expected.path("max_wait_answered_s").asLong());
		assertThat(actual.path("averageTalkSeconds").asDouble()).isEqualTo(expected.path("aht_talk_s").asDouble());
		assertThat(actual.path("abandonRatePercent").asDouble()).isEqualTo(expected.path("abandon_rate_pct").asDouble());
		assertThat(actual.path("pending").asLong()).isZero();
	}

	@Test
	void aCallStartedInOneFileIsPendingUntilTheNextFileEndsIt() throws Exception {
		long entered = ZonedDateTime.of(2025, 5, 6, 23, 59, 50, 0, ROME).toEpochSecond();
		String first = entered + "|split.1|q-split|NONE|ENTERQUEUE||x|1\n" + (entered + 20)
				+ "|split.1|q-split|PJSIP/1000|CONNECT|20|split.1.1|2\n";
		String second = (entered + 200) + "|split.1|q-split|PJSIP/1000|COMPLETEAGENT|20|180|1\n";
		mvc.perform(multipart("/api/v1/telephony/imports").file(new MockMultipartFile("file", "queue_log.1", "text/plain",
				first.getBytes(StandardCharsets.UTF_8))).with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.callsCompleted").value(0))
			.andExpect(jsonPath("$.callsPending").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
		TelephoneReport pending = telephony.report(LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 6), "q-split");
		assertThat(pending.total().offered()).isZero();
		assertThat(pending.total().pending()).isEqualTo(1);
		assertThat(pending.total().serviceLevelPercent()).isNull();

		mvc.perform(multipart("/api/v1/telephony/imports").file(new MockMultipartFile("file", "queue_log", "text/plain",
				second.getBytes(StandardCharsets.UTF_8))).with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.callsCompleted").value(1));
		TelephoneReport done = telephony.report(LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 6), "q-split");
		assertThat(done.total().offered()).isEqualTo(1);
		assertThat(done.total().pending()).isZero();
		assertThat(done.total().averageTalkSeconds()).isEqualTo(180.0);
		assertThat(done.intervals().get(47).figures().offered()).isEqualTo(1);
	}

	@Test
	void callsOnTheDstDaysLandInTheirLocalHalfHoursAndDays() {
		// 25 October 2026: 02:10 CEST and 02:10 CET (an hour later) are both in half-hour 4 of that day; 00:10 of
		// 26 October CET is the next day, though 23:10 UTC of the 25th.
		long first = ZonedDateTime.ofStrict(java.time.LocalDateTime.of(2026, 10, 25, 2, 10), java.time.ZoneOffset.ofHours(2), ROME).toEpochSecond();
		long second = first + 3600;
		long nextDay = ZonedDateTime.of(2026, 10, 26, 0, 10, 0, 0, ROME).toEpochSecond();
		String log = first + "|dst.1|q-dst|NONE|ENTERQUEUE||x|1\n" + (first + 5) + "|dst.1|q-dst|NONE|ABANDON|1|1|5\n"
				+ second + "|dst.2|q-dst|NONE|ENTERQUEUE||x|1\n" + (second + 40) + "|dst.2|q-dst|NONE|ABANDON|1|1|40\n"
				+ nextDay + "|dst.3|q-dst|NONE|ENTERQUEUE||x|1\n" + (nextDay + 3) + "|dst.3|q-dst|NONE|EXITEMPTY|1|1|3\n";
		CallImportReport imported = telephony.importCalls("dst", new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)),
				"test", Locale.ITALIAN);
		assertThat(imported.callsCompleted() + imported.callsRepeated()).isEqualTo(3);
		TelephoneReport report = telephony.report(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26), "q-dst");
		assertThat(report.days().get(0).figures().offered()).isEqualTo(2);
		assertThat(report.days().get(1).figures().offered()).isEqualTo(1);
		assertThat(report.intervals().get(4).figures().offered()).isEqualTo(2);
		assertThat(report.intervals().get(0).figures().offered()).isEqualTo(1);
		// Unanswered only: the short ones (5 s, 3 s) leave one call after T in the denominator, answered within T none.
		assertThat(report.total().shortAbandoned()).isEqualTo(2);
		assertThat(report.total().serviceLevelPercent()).isEqualTo(0.0);
		assertThat(report.total().maxWaitSeconds()).isNull();
		assertThat(report.total().maxWaitUnansweredSeconds()).isEqualTo(40);
	}

	@Test
	void staffLoggedInPerHalfHourComesFromMemberEventsAndPauses() {
		long nine = ZonedDateTime.of(2025, 2, 3, 9, 0, 0, 0, ROME).toEpochSecond();
		String log = nine + "|NONE|q-staff|PJSIP/7000|ADDMEMBER|\n" + nine + "|NONE|q-staff|PJSIP/7001|ADDMEMBER|\n"
				+ (nine + 900) + "|NONE|q-staff|PJSIP/7001|PAUSE|pausa\n" + (nine + 1800) + "|NONE|q-staff|PJSIP/7001|UNPAUSE|\n"
				+ (nine + 3600) + "|NONE|q-staff|PJSIP/7000|REMOVEMEMBER|\n" + (nine + 3600) + "|NONE|q-staff|PJSIP/7001|REMOVEMEMBER|\n"
				+ (nine + 100) + "|st.1|q-staff|NONE|ENTERQUEUE||x|1\n" + (nine + 110) + "|st.1|q-staff|PJSIP/7000|CONNECT|10|st.1.1|1\n"
				+ (nine + 310) + "|st.1|q-staff|PJSIP/7000|COMPLETECALLER|10|200|1\n";
		telephony.importCalls("staff", new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "test", Locale.ITALIAN);
		List<HalfHourLoad> loads = telephony.halfHourLoad(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3), "q-staff");
		assertThat(loads).hasSize(48);
		HalfHourLoad nineOClock = loads.get(18);
		assertThat(nineOClock.offered()).isEqualTo(1);
		assertThat(nineOClock.averageHandleSeconds()).isEqualTo(200.0);
		// 7000 all the half-hour, 7001 the first quarter of it: 1.5 on average.
		assertThat(nineOClock.agentsLoggedIn()).isEqualTo(1.5);
		assertThat(loads.get(19).agentsLoggedIn()).isEqualTo(2.0);
		assertThat(loads.get(20).agentsLoggedIn()).isZero();
		assertThat(loads.get(17).agentsLoggedIn()).isZero();
	}

	@Test
	void theGenericCsvAndTheCdrImportAsCalls() throws Exception {
		String csv = "queue;entered;answered_at;abandoned_at;agent;talk_seconds\n"
				+ "q-csv;2025-01-15 10:00:00;2025-01-15 10:00:25;;Mario;120\n"
				+ "q-csv;2025-01-15 10:05:00;;2025-01-15 10:05:45;;\n" + "q-csv;ieri;;;;\n";
		mvc.perform(multipart("/api/v1/telephony/imports").file(new MockMultipartFile("file", "calls.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8))).with(httpBasic("responsabile", "responsabile")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("CSV"))
			.andExpect(jsonPath("$.linesSkipped").value(1))
			.andExpect(jsonPath("$.firstProblems[0].line").value(4));
		String cdr = "\"\",\"3331234567\",\"800123456\",\"from-pstn\",\"\"\"x\"\" <3331234567>\",\"PJSIP/trunk-00000001\","
				+ "\"PJSIP/1000-00000002\",\"Queue\",\"q-cdr,t\",\"2025-01-16 09:00:00\",\"2025-01-16 09:00:12\","
				+ "\"2025-01-16 09:03:12\",192,180,\"ANSWERED\",\"DOCUMENTATION\",\"1737014400.1\",\"\"\n"
				+ "\"\",\"3331234567\",\"800123456\",\"from-pstn\",\"\",\"PJSIP/trunk-00000003\",\"\",\"Playback\",\"x\","
				+ "\"2025-01-16 09:10:00\",\"\",\"2025-01-16 09:10:05\",5,0,\"NO ANSWER\",\"DOCUMENTATION\",\"1737015000.2\",\"\"\n";
		mvc.perform(multipart("/api/v1/telephony/imports").file(new MockMultipartFile("file", "Master.csv", "text/csv",
				cdr.getBytes(StandardCharsets.UTF_8))).with(httpBasic("responsabile", "responsabile")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("CDR"));
		TelephoneReport fromCsv = telephony.report(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 15), "q-csv");
		assertThat(fromCsv.total().offered()).isEqualTo(2);
		assertThat(fromCsv.total().answeredWithinThreshold()).isEqualTo(1);
		assertThat(fromCsv.total().maxWaitUnansweredSeconds()).isEqualTo(45);
		TelephoneReport fromCdr = telephony.report(LocalDate.of(2025, 1, 16), LocalDate.of(2025, 1, 16), "q-cdr");
		assertThat(fromCdr.total().answered()).isEqualTo(1);
		assertThat(fromCdr.total().averageSpeedOfAnswerSeconds()).isEqualTo(12.0);
	}

	@Test
	void aFileOfNoKnownFormatIsRefusedWithAProblemAndNothingImported() throws Exception {
		mvc.perform(multipart("/api/v1/telephony/imports").file(new MockMultipartFile("file", "foto.txt", "text/plain",
				"buongiorno\nnon sono un log\n".getBytes(StandardCharsets.UTF_8))).with(httpBasic("admin", "admin")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("foto.txt")));
		mvc.perform(get("/api/v1/reports/telephone").param("from", "2026-09-30").param("to", "2026-09-01")
			.with(httpBasic("admin", "admin"))).andExpect(status().isBadRequest());
	}

	@Test
	void onlyTheManagerAndAdministratorsImportAndReadTheReport() throws Exception {
		mvc.perform(multipart("/api/v1/telephony/imports").file(new MockMultipartFile("file", "q", "text/plain",
				"1|a|q|NONE|DID|1\n".getBytes(StandardCharsets.UTF_8))).with(httpBasic("operatore", "operatore")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/telephone").param("from", "2026-09-01").param("to", "2026-09-30")
			.with(httpBasic("operatore", "operatore"))).andExpect(status().isForbidden());
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		mvc.perform(get("/reports/telephone").session(operator)).andExpect(status().isForbidden());
		mvc.perform(get("/telephony/imports").session(operator)).andExpect(status().isForbidden());
	}

	@Test
	void thePdfAndTheSpreadsheetsOfTheReportHoldItsFigures() throws Exception {
		String log = ZonedDateTime.of(2025, 7, 1, 10, 0, 0, 0, ROME).toEpochSecond() + "|pdf.1|q-pdf|NONE|ENTERQUEUE||x|1\n"
				+ (ZonedDateTime.of(2025, 7, 1, 10, 0, 0, 0, ROME).toEpochSecond() + 12) + "|pdf.1|q-pdf|PJSIP/1|CONNECT|12|p|1\n"
				+ (ZonedDateTime.of(2025, 7, 1, 10, 0, 0, 0, ROME).toEpochSecond() + 99) + "|pdf.1|q-pdf|PJSIP/1|COMPLETECALLER|12|87|1\n";
		telephony.importCalls("pdf", new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "test", Locale.ITALIAN);
		byte[] pdf = mvc.perform(get("/api/v1/reports/telephone.pdf").param("from", "2025-07-01").param("to", "2025-07-31")
			.param("queue", "q-pdf").with(httpBasic("responsabile", "responsabile")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Rapporto telefonico").contains("01/07/2025").contains("31/07/2025")
				.contains("100,00 %").contains("Obiettivo raggiunto").contains("87.0").contains("abbandoni entro 30 s");
		}
		String csv = mvc.perform(get("/api/v1/reports/telephone.csv").param("from", "2025-07-01").param("to", "2025-07-31")
			.param("queue", "q-pdf").param("table", "queues").with(httpBasic("responsabile", "responsabile")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv.lines().toList().get(1)).startsWith("q-pdf;1;1;1;0;0;0;");
		byte[] xlsx = mvc.perform(get("/api/v1/reports/telephone.xlsx").param("from", "2025-07-01").param("to", "2025-07-31")
			.param("queue", "q-pdf").with(httpBasic("responsabile", "responsabile")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
			assertThat(workbook.getSheet("days").getLastRowNum()).isEqualTo(31);
			assertThat(workbook.getSheet("total").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
		}
		mvc.perform(get("/api/v1/reports/telephone.csv").param("from", "2025-07-01").param("to", "2025-07-31")
			.param("table", "nope").with(httpBasic("responsabile", "responsabile"))).andExpect(status().isNotFound());
	}

	@Test
	void theImportPageShowsTheReportOfTheUploadAndTheReportPageItsCharts() throws Exception {
		MockHttpSession manager = PageSessions.loginAs(mvc, "responsabile");
		long at = ZonedDateTime.of(2025, 8, 4, 11, 0, 0, 0, ROME).toEpochSecond();
		String log = at + "|page.1|q-page|NONE|ENTERQUEUE||x|1\n" + (at + 50) + "|page.1|q-page|NONE|ABANDON|1|1|50\n";
		mvc.perform(multipart("/telephony/imports").file(new MockMultipartFile("file", "queue_log", "text/plain",
				log.getBytes(StandardCharsets.UTF_8))).session(manager).with(csrf()).header("X-Fragment", "result"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lines-read\">2<")));
		mvc.perform(get("/reports/telephone").param("from", "2025-08-01").param("to", "2025-08-31").param("queue", "q-page")
			.session(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("0,00 %")));
		mvc.perform(get("/reports/telephone").param("from", "2025-08-05").param("to", "2025-08-05").param("queue", "q-page")
			.session(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nessuna chiamata")));
	}

}
