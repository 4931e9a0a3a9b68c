package it.sportello.web;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;

/**
 * Every page of the application passes axe-core's WCAG 2.1 A and AA rules, as each role sees it, in the
 * states that change what is on it (an empty form, a result, an error, the other language).
 */
@SportelloIntegrationTest
class AccessibilityBrowserTests extends LoggedInBrowserTest {

	Page anonymous() {
		return pages.computeIfAbsent("", user -> chromium.newContext().newPage());
	}

	@Test
	void theNavigationBarGroupsReportsInAMenuThatOpensAndLeadsToEachReport() {
		Page page = as("responsabile");
		page.navigate("/");
		Locator reports = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rapporti"));
		assertThat(reports).hasAttribute("aria-expanded", "false");

		reports.click();
		assertThat(reports).hasAttribute("aria-expanded", "true");
		// The menu fades in: its colours are checked once it is fully shown.
		assertThat(page.locator(".dropdown-menu.show")).isVisible();
		for (int i = 0; i < 100 && !Boolean.TRUE.equals(page.evaluate("() => document.querySelector('.dropdown-menu.show')"
				+ ".getAnimations({subtree: true}).every(a => a.playState !== 'running')")); i++) {
			page.waitForTimeout(50);
		}
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapporto telefonico")).click();

		page.waitForURL("**/reports/telephone**");
	}

	@Test
	void loginPageIsAccessible() {
		Page page = anonymous();
		page.navigate("/login");
		assertAccessible(page);
	}

	@Test
	void loginPageWithAnErrorIsAccessible() {
		Page page = anonymous();
		page.navigate("/login?error");
		assertAccessible(page);
	}

	@Test
	void publicTrackingPageIsAccessibleEmptyAndWithAResult() {
		String number = Tickets.openThroughTheApi(port, "Orari dello sportello unico",
				Map.of("kind", "PERSON", "firstName", "Rosa", "lastName", "Viggiano", "phone", "0971 600400"));
		Page page = anonymous();
		page.navigate("/traccia");
		assertAccessible(page);

		page.getByLabel("Numero della richiesta").fill(number);
		page.getByLabel("Codice fiscale, telefono o e-mail").fill("0971 600400");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Verifica lo stato"))
			.click();
		assertThat(page.getByText("Richiesta " + number)).isVisible();
		assertAccessible(page);
	}

	@Test
	void homePageIsAccessible() {
		Page page = as("responsabile");
		page.navigate("/");
		assertAccessible(page);
	}

	@Test
	void consoleIsAccessibleEmptyAndWithLookUpResults() {
		Page page = as("operatore");
		page.navigate("/console");
		assertAccessible(page);

		// A caller of this test's own, with a ticket: other tests of the shared context may reset the registry.
		Tickets.openThroughTheApi(port, "Storico per il test di accessibilità",
				Map.of("firstName", "Anna", "lastName", "Verrastro", "fiscalCode", "VRRNNA80A41G942Y"));
		page.getByLabel("Cerca il cittadino").fill("VRRNNA80A41G942Y");
		assertThat(page.locator("#lookup-results [data-citizen-id]").first()).isVisible();
		assertAccessible(page);

		page.locator("#lookup-results [data-citizen-id]").first().click();
		assertThat(page.locator("#caller-history a").first()).isVisible();
		assertAccessible(page);
	}

	@Test
	void consoleWithValidationErrorsIsAccessibleWithTheFocusOnTheFirstWrongField() {
		Page page = as("operatore");
		page.navigate("/console");
		page.locator("#new-ticket button[type=submit]").click();
		assertThat(page.locator("#new-ticket .alert-danger")).isVisible();
		String firstWrong = page.locator("#error-summary a").first().getAttribute("href");
		assertThat(page.locator(firstWrong)).isFocused();
		assertThat(page.locator("#error-summary a[href='#subject']")).containsText("«Oggetto» è obbligatorio.");
		assertAccessible(page);
	}

	@Test
	void ticketSearchWithResultsIsAccessible() {
		Page page = as("responsabile");
		page.navigate("/tickets");
		assertThat(page.locator("table tbody tr a").first()).isVisible();
		assertAccessible(page);
	}

	@Test
	void openTicketIsAccessibleToFirstLevel() {
		Page page = as("operatore");
		page.navigate("/tickets/" + Tickets.firstNumber(page, "/tickets?state=OPEN"));
		assertThat(page.locator(".ticket-actions form").first()).isAttached();
		assertAccessible(page);
	}

	@Test
	void escalatedTicketIsAccessibleToBackOffice() {
		Page page = as("backoffice");
		page.navigate("/tickets/" + Tickets.firstNumber(page, "/tickets?state=ESCALATED"));
		assertThat(page.locator("form[action$='/assignment']")).isVisible();
		assertAccessible(page);
	}

	@Test
	void assignedTicketIsAccessibleToDepartmentSupport() {
		Page page = as("supporto.agri");
		page.navigate("/tickets/" + Tickets.firstNumber(page, "/queues/department"));
		assertThat(page.locator("form[action$='/closure']")).isVisible();
		assertAccessible(page);
	}

	@Test
	void closedTicketIsAccessibleToTheManager() {
		Page page = as("responsabile");
		page.navigate("/tickets/" + Tickets.firstNumber(page, "/tickets?state=CLOSED"));
		assertAccessible(page);
	}

	@Test
	void backOfficeQueueIsAccessible() {
		Page page = as("backoffice");
		page.navigate("/queues/back-office");
		assertAccessible(page);
	}

	@Test
	void departmentQueueIsAccessible() {
		Page page = as("supporto.agri");
		page.navigate("/queues/department");
		assertAccessible(page);
	}

	@Test
	void profileIsAccessible() {
		Page page = as("operatore");
		page.navigate("/profile");
		assertAccessible(page);
	}

	@Test
	void userAdministrationIsAccessible() {
		Page page = as("admin");
		page.navigate("/admin/users");
		assertAccessible(page);
	}

	@Test
	void categoryAdministrationIsAccessibleWithAndWithoutErrors() {
		Page page = as("admin");
		page.navigate("/admin/categories");
		assertAccessible(page);
		page.locator("#code").fill("minuscolo");
		page.locator("#label").fill("");
		page.locator("form[action='/admin/categories'] button[type=submit]").click();
		assertAccessible(page);
	}

	@Test
	void errorPageIsAccessible() {
		Page page = as("operatore");
		page.navigate("/tickets/2026-999999");
		assertThat(page.locator("main .alert-danger")).isVisible();
		assertAccessible(page);
	}

	@Test
	void pagesInEnglishAreAccessible() {
		Page page = chromium.loginAs("backoffice");
		page.navigate("/queues/back-office?lang=en");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertAccessible(page);
		page.navigate("/tickets/" + Tickets.firstNumber(page, "/tickets?state=ESCALATED"));
		assertAccessible(page);
		page.context().close();
	}

	@Test
	void onAPhoneTheMainMenuOpensFromItsButtonAndThePagesStayAccessible() {
		Page page = chromium.newContext(375, 800).newPage();
		Chromium.login(page, "operatore");
		page.navigate("/console");
		assertAccessible(page);
		Locator search = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ricerca ticket"));
		assertThat(search).not().isVisible();

		Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mostra il menu principale"));
		menu.focus();
		page.keyboard().press("Enter");
		assertThat(menu).hasAttribute("aria-expanded", "true");
		assertThat(search).isVisible();
		assertAccessible(page);
		search.click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/tickets$"));
		page.context().close();
	}

}
