package it.sportello.telephony.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.telephony.Telephony;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The job of the first working day: it recognises that day after weekends and holidays, stores the previous
 * month's PDF once, and the report's page offers it for download.
 */
@SportelloIntegrationTest
class MonthlyReportJobIntegrationTests {

	@Autowired
	MonthlyReportJob job;

	@Autowired
	Telephony telephony;

	@Autowired
	MockMvc mvc;

	@Test
	void theFirstWorkingDayComesAfterWeekendsAndHolidays() {
		// 1 November 2026 is a Sunday and All Saints: Monday the 2nd is the first working day.
		assertThat(job.isFirstWorkingDay(LocalDate.of(2026, 11, 2))).isTrue();
		assertThat(job.isFirstWorkingDay(LocalDate.of(2026, 11, 1))).isFalse();
		assertThat(job.isFirstWorkingDay(LocalDate.of(2026, 11, 3))).isFalse();
		// 1 January 2027 is a Friday and a holiday, then a weekend: Monday the 4th.
		assertThat(job.isFirstWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
		assertThat(job.isFirstWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		// 1 September 2026 is a Tuesday.
		assertThat(job.isFirstWorkingDay(LocalDate.of(2026, 9, 1))).isTrue();
	}

	@Test
	void thePreviousMonthsPdfIsStoredOnceAndDownloadedFromTheReportPage() throws Exception {
		long at = ZonedDateTime.of(2024, 3, 12, 9, 0, 0, 0, ZoneId.of("Europe/Rome")).toEpochSecond();
		String log = at + "|job.1|q-job|NONE|ENTERQUEUE||x|1\n" + (at + 8) + "|job.1|q-job|PJSIP/1|CONNECT|8|j|1\n"
				+ (at + 68) + "|job.1|q-job|PJSIP/1|COMPLETEAGENT|8|60|1\n";
		telephony.importCalls("job", new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "test", Locale.ITALIAN);
		assertThat(job.store(YearMonth.of(2024, 3))).isTrue();
		assertThat(job.store(YearMonth.of(2024, 3))).isFalse();
		assertThat(job.storedMonths()).contains(YearMonth.of(2024, 3));
		try (PDDocument pdf = Loader.loadPDF(job.stored(YearMonth.of(2024, 3)))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("01/03/2024").contains("31/03/2024")
				.contains("q-job");
		}
		MockHttpSession manager = PageSessions.loginAs(mvc, "responsabile");
		mvc.perform(get("/reports/telephone").session(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/reports/telephone/monthly/2024-03.pdf")));
		mvc.perform(get("/reports/telephone/monthly/2024-03.pdf").session(manager))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/reports/telephone/monthly/1999-01.pdf").session(manager)).andExpect(status().isNotFound());
	}

}
