package it.sportello.web;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure and phone directory pages (issue 3) pass axe-core's WCAG 2.1 A and AA rules, as each role
 * sees them, with results shown where they have any; and putting a call through works from the keyboard.
 */
@SportelloIntegrationTest
class DirectoryAccessibilityBrowserTests extends LoggedInBrowserTest {

	/** Opens a switchboard ticket of its own, so the test does not depend on the demo data's state. */
	String openCentralinoTicket() {
		Api.Response opened = new Api(port).post("operatore", "/api/v1/tickets",
				Map.of("channel", "PHONE", "categoryCode", "CENTRALINO", "subject", "Chiede di un funzionario",
						"description", "Il cittadino chiede di parlare con un funzionario.", "citizen",
						Map.of("kind", "PERSON", "firstName", "Carmela", "lastName", "Pace", "phone", "0971 123456")));
		assertThat(opened.status()).as("opening a ticket: %s", opened.body()).isEqualTo(201);
		return opened.text("number");
	}

	@Test
	void structurePageIsAccessible() {
		Page page = as("operatore");
		page.navigate("/structure");
		assertAccessible(page);
	}

	@Test
	void officeCardIsAccessible() {
		Page page = as("operatore");
		page.navigate("/structure/offices/AGRI-02");
		assertThat(page.locator("main h1")).isVisible();
		assertAccessible(page);
	}

	@Test
	void personCardIsAccessible() {
		Page page = as("operatore");
		page.navigate("/directory/employees/E0134");
		assertThat(page.locator("main h1")).isVisible();
		assertAccessible(page);
	}

	@Test
	void printableDirectoryIsAccessible() {
		Page page = as("operatore");
		page.navigate("/directory/print");
		assertAccessible(page);
	}

	@Test
	void directorySearchPageWithResultsIsAccessible() {
		Page page = as("operatore");
		page.navigate("/directory/search?q=rossi");
		assertThat(page.locator("#directory-results li").first()).isVisible();
		assertAccessible(page);
	}

	@Test
	void consoleDirectoryBoxWithResultsIsAccessible() {
		Page page = as("operatore");
		page.navigate("/console");
		page.locator("#directory-q").fill("caccia");
		assertThat(page.locator("#directory-results li").first()).isVisible();
		assertAccessible(page);
	}

	@Test
	void putThroughSectionWithCandidatesIsAccessible() {
		Page page = as("operatore");
		page.navigate("/tickets/" + openCentralinoTicket());
		assertThat(page.locator("#put-through-q")).isVisible();
		assertAccessible(page);
		page.locator("#put-through-q").fill("lorusso");
		assertThat(page.locator("#put-through-results li").first()).isVisible();
		assertAccessible(page);
	}

	@Test
	void callIsPutThroughWithTheKeyboard() {
		Page page = as("operatore");
		page.navigate("/tickets/" + openCentralinoTicket());
		Locator box = page.locator("#put-through-q");
		box.focus();
		page.keyboard().type("lorusso");
		Locator firstPick = page.locator("#put-through-results li button[type=submit]").first();
		assertThat(firstPick).isVisible();
		page.keyboard().press("Tab");
		assertThat(firstPick).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("h1 + .badge")).hasText("Chiuso");
		assertThat(page.getByText("Inoltrata a", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertAccessible(page);
	}

	@Test
	void directoryAdministrationIsAccessible() {
		Page page = as("admin");
		page.navigate("/admin/directory");
		assertAccessible(page);
	}

	@Test
	void directoryImportPageIsAccessible() {
		Page page = as("admin");
		page.navigate("/admin/directory/import");
		assertAccessible(page);
	}

	@Test
	void directoryChangesPageIsAccessible() {
		Page page = as("admin");
		page.navigate("/admin/directory/changes");
		assertAccessible(page);
	}

	@Test
	void searchIndexAdministrationIsAccessible() {
		Page page = as("admin");
		page.navigate("/admin/search-index");
		assertAccessible(page);
	}

	@Test
	void employeeEditFormIsAccessible() {
		Page page = as("admin");
		page.navigate("/admin/directory/employees/E0134");
		assertThat(page.locator("main form").first()).isVisible();
		assertAccessible(page);
	}

}
