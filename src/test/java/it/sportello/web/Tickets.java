package it.sportello.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Finds tickets the way a user does: from a list page. */
final class Tickets {

	private Tickets() {
	}

	/** The number of the first ticket listed on a search or queue page. */
	static String firstNumber(Page page, String listPath) {
		page.navigate(listPath);
		Locator first = page.locator("main table a[href*='/tickets/']").first();
		assertThat(first).isVisible();
		return first.textContent().strip();
	}

}
