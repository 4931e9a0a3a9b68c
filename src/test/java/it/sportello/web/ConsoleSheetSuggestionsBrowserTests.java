package it.sportello.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;

/**
 * While the first-level operator writes a ticket's description, the console proposes the sheets and FAQ most like
 * it, each a link to the sheet page where the answer can quote it; the console stays accessible.
 */
@SportelloIntegrationTest
class ConsoleSheetSuggestionsBrowserTests extends LoggedInBrowserTest {

	@Test
	void writingTheDescriptionProposesSheetsThatLeadToTheSheetPage() {
		Page page = as("operatore");
		page.navigate("/console");
		assertThat(page.locator("#sheet-suggestions")).containsText("Scrivi la descrizione");

		page.locator("#description").fill("Il cittadino chiede quanto deve pagare di bollo per la sua macchina nuova");
		Locator first = page.locator("#sheet-suggestions a").first();
		assertThat(first).isVisible();
		assertThat(first).hasAttribute("href", Pattern.compile(".*/knowledge/sheets/SI-\\d{4}$"));
		assertThat(page.locator("#sheet-suggestions mark").first()).isVisible();
		assertAccessible(page);

		first.click();
		assertThat(page).hasURL(Pattern.compile(".*/knowledge/sheets/SI-\\d{4}$"));
		assertThat(page.locator("form[action$='/use-in-answer']")).hasCount(1);
	}

}
