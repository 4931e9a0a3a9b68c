package it.sportello.web;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.sportello.support.Api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets for the browser tests: found the way a user finds them (from a list page), or opened through
 * the API when a test needs one of its own, so it does not depend on what other tests did to the demo data.
 */
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

	/** Opens a ticket as the operator for a caller (citizen fields as the API takes them); returns its number. */
	static String openThroughTheApi(int port, String subject, Map<String, String> caller) {
		Api.Response opened = new Api(port).post("operatore", "/api/v1/tickets",
				Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI", "subject", subject, "description",
						"Il cittadino chiede: " + subject, "citizen", caller));
		assertThat(opened.status()).as("opening a ticket: %s", opened.body()).isEqualTo(201);
		return opened.text("number");
	}

}
