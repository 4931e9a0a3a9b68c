package it.sportello.web;

import com.microsoft.playwright.Page;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;

/**
 * The one search box (the page, results as one types, a partial match) and the thesaurus page pass axe-core's
 * WCAG 2.1 A and AA rules.
 */
@SportelloIntegrationTest
class SearchBoxAccessibilityBrowserTests extends LoggedInBrowserTest {

	@Test
	void searchPageWithResultsAsOneTypesIsAccessible() {
		Page page = as("operatore");
		page.navigate("/search");
		page.locator("#search-q").fill("caccia");
		assertThat(page.locator("#search-results li").first()).isVisible();
		assertAccessible(page);
	}

	@Test
	void aPartialMatchIsAccessible() {
		Page page = as("operatore");
		page.navigate("/search?q=Larocca%20zanzibar");
		assertThat(page.locator("#search-results [role=status]").first()).isVisible();
		assertAccessible(page);
	}

	@Test
	void theBoxOnEveryPageLeadsToTheResults() {
		Page page = as("operatore");
		page.navigate("/tickets");
		page.locator("#nav-search-q").fill("tributi");
		page.locator("#nav-search-q").press("Enter");
		assertThat(page.locator("#search-results li").first()).isVisible();
	}

	@Test
	void thesaurusPageIsAccessible() {
		Page page = as("backoffice");
		page.navigate("/admin/search-thesaurus");
		assertThat(page.locator("main table")).isVisible();
		assertAccessible(page);
	}

}
