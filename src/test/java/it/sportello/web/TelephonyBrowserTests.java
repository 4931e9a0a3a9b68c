package it.sportello.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.microsoft.playwright.Page;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;

/**
 * The switch-data upload in Chromium: the file goes with a progress bar and its import report replaces the result
 * area; the import page and the telephone report with its charts and tables pass axe-core's WCAG 2.1 A and AA rules.
 */
@SportelloIntegrationTest
class TelephonyBrowserTests extends LoggedInBrowserTest {

	@Test
	void theManagerUploadsALogAndReadsTheReportBothAccessible() throws Exception {
		long at = ZonedDateTime.of(2025, 11, 3, 9, 0, 0, 0, ZoneId.of("Europe/Rome")).toEpochSecond();
		StringBuilder log = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			long entered = at + i * 600;
			log.append(entered).append("|br.").append(i).append("|q-browser|NONE|ENTERQUEUE||x|1\n");
			if (i % 4 == 0) {
				log.append(entered + 45).append("|br.").append(i).append("|q-browser|NONE|ABANDON|1|1|45\n");
			}
			else {
				log.append(entered + i).append("|br.").append(i).append("|q-browser|PJSIP/1000|CONNECT|").append(i)
					.append("|x|1\n");
				log.append(entered + i + 120).append("|br.").append(i).append("|q-browser|PJSIP/1000|COMPLETECALLER|")
					.append(i).append("|120|1\n");
			}
		}
		Path file = Files.createTempFile("queue_log", "");
		Files.writeString(file, log, StandardCharsets.UTF_8);
		try {
			Page page = as("responsabile");
			page.navigate("/telephony/imports");
			assertAccessible(page);
			page.locator("#file").setInputFiles(file);
			page.locator("#telephony-upload button[type=submit]").click();
			assertThat(page.locator("#lines-read")).hasText("110");
			assertAccessible(page);

			page.navigate("/reports/telephone?from=2025-11-01&to=2025-11-30&queue=q-browser");
			assertThat(page.locator("svg.report-chart").first()).isVisible();
			assertThat(page.locator("#sl-value")).not().hasText("nessuna chiamata");
			assertAccessible(page);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
