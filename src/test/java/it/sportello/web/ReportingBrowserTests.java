package it.sportello.web;

import java.util.Locale;
import java.util.zip.GZIPInputStream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.telephony.Telephony;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;

/**
 * The ticket dashboards and the staffing page in Chromium: their charts, tables and forms pass axe-core's WCAG 2.1
 * A and AA rules, for the manager (every department, with the filter) and for a department's support (its own).
 */
@SportelloIntegrationTest
class ReportingBrowserTests extends LoggedInBrowserTest {

	@Autowired
	Telephony telephony;

	@Test
	void theManagersTicketDashboardsAreAccessibleAndFilterByDepartment() {
		Page page = as("responsabile");
		page.navigate("/reports/tickets");
		assertThat(page.locator("#report-channels svg[role=img]")).isVisible();
		assertThat(page.locator("#report-channels table caption")).hasText("Ticket per canale");
		assertAccessible(page);

		page.getByLabel("Dipartimento", new Page.GetByLabelOptions().setExact(true)).selectOption("AGRI");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mostra")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("department=AGRI"));
		assertThat(page.locator("#report-departments tbody th")).hasCount(1);
		assertAccessible(page);
	}

	@Test
	void aDepartmentsDashboardsAreAccessibleWithoutTheDepartmentFilter() {
		Page page = as("supporto.agri");
		page.navigate("/reports/tickets");
		assertThat(page.locator("#report-days svg")).isVisible();
		assertThat(page.locator("#report-department")).hasCount(0);
		assertAccessible(page);
	}

	@Test
	void theStaffingPageIsAccessibleWithAPlanAndWithAnError() {
		Page page = as("responsabile");
		page.navigate("/reports/staffing");
		assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calcola")).click();
		assertThat(page.locator("#staffing-table tbody tr")).hasCount(20);
		assertThat(page.locator("#staffing-result-title")).containsText("operatori al telefono");
		assertAccessible(page);

		page.getByLabel("Chiamate previste per mezz'ora").fill("09:00 40\n09:10 5");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calcola")).click();
		assertThat(page.locator("#staffing-error")).containsText("Riga 2: 09:10 non è l'inizio di una mezz'ora");
		assertAccessible(page);
	}

	@Test
	void theStaffingPageOnTheSwitchsDataIsAccessibleWithThePlanBesideTheOperatorsLoggedIn() throws Exception {
		try (var in = new GZIPInputStream(new ClassPathResource("telephony/queue_log-2026-09.gz").getInputStream())) {
			telephony.importCalls("queue_log-2026-09", in, "test", Locale.ITALIAN);
		}
		Page page = as("responsabile");
		page.navigate("/reports/staffing");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Traffico del centralino")).click();
		assertAccessible(page);

		page.getByLabel("Mese", new Page.GetByLabelOptions().setExact(true)).fill("2026-09");
		page.getByLabel("Coda", new Page.GetByLabelOptions().setExact(true)).selectOption("numeroverde");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calcola")).click();
		assertThat(page.locator("#staffing-measured")).containsText("giorni con chiamate");
		assertThat(page.locator("#staffing-table")).containsText("Livello di servizio perso");
		assertAccessible(page);
	}

}
