package it.sportello.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The pages under their Content-Security-Policy in a real browser: Chromium reports every script, style,
 * font or request the policy blocks on the console, and a blocked script would leave htmx or Bootstrap
 * Italia dead, so each page must load with no such report and with both libraries running.
 */
@SportelloIntegrationTest
class ContentSecurityPolicyBrowserTests extends LoggedInBrowserTest {

	@Test
	void publicPagesLoadWithNothingBlocked() {
		Page anonymous = chromium.newContext().newPage();
		assertNothingBlocked(anonymous, List.of("/login", "/traccia"));
	}

	@Test
	void firstLevelPagesLoadWithNothingBlockedAndTheirScriptsRunning() {
		assertNothingBlocked(as("operatore"),
				List.of("/", "/console", "/directory/search?q=rossi", "/structure", "/profile"));
	}

	@Test
	void administratorPagesLoadWithNothingBlocked() {
		assertNothingBlocked(as("admin"), List.of("/admin/users", "/admin/directory", "/admin/categories"));
	}

	private void assertNothingBlocked(Page page, List<String> paths) {
		List<String> blocked = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				blocked.add(page.url() + ": " + message.text());
			}
		});
		page.onPageError(error -> blocked.add(page.url() + ": " + error));
		for (String path : paths) {
			page.navigate(path);
			page.waitForLoadState(LoadState.LOAD);
			if (page.locator("#phone-panel").count() > 0) {
				// A page with the console's screen-pop keeps its stream open, so the network is never idle there: the
				// stream's first event shows that its script ran under the policy.
				com.microsoft.playwright.assertions.PlaywrightAssertions
					.assertThat(page.locator("#phone-panel[data-listening=true]"))
					.hasCount(1);
			}
			else {
				page.waitForLoadState(LoadState.NETWORKIDLE);
			}
			assertThat(page.evaluate("() => typeof htmx !== 'undefined' && typeof bootstrap !== 'undefined'"))
				.as("htmx and Bootstrap Italia run on %s", path)
				.isEqualTo(true);
		}
		assertThat(blocked).isEmpty();
	}

}
