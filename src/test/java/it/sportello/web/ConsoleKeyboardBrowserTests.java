package it.sportello.web;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.sportello.citizens.FiscalCodes;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The first-level operator has the caller on the line and both hands on the keyboard: the console must
 * work without the mouse, from the login to the new ticket's number.
 */
@SportelloIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleKeyboardBrowserTests {

	@LocalServerPort
	int port;

	Chromium chromium;

	Page page;

	Keyboard keys;

	@BeforeAll
	void logInByTyping() {
		chromium = Chromium.launch(port);
		Tickets.openThroughTheApi(port, "Borsa di studio universitaria",
				Map.of("kind", "PERSON", "firstName", "Nunzia", "lastName", "Santarsiero", "phone", "0971 600300"));
		page = chromium.newContext().newPage();
		keys = page.keyboard();
		page.navigate("/login");
		assertThat(page.getByLabel("Nome utente")).isFocused();
		keys.type("operatore");
		keys.press("Tab");
		keys.type("operatore");
		keys.press("Enter");
		assertThat(page.locator("form[action$='/logout']")).hasCount(1);
	}

	@AfterAll
	void close() {
		chromium.close();
	}

	@BeforeEach
	void openTheConsole() {
		page.navigate("/console");
	}

	@Test
	void operatorPicksAKnownCallerAndOpensATicketWithoutTheMouse() {
		Locator lookup = page.getByLabel("Cerca il cittadino");
		assertThat(lookup).isFocused();
		keys.type("Santarsiero");
		Locator firstResult = page.locator("#lookup-results [data-citizen-id]").first();
		assertThat(firstResult).containsText("Nunzia Santarsiero");

		keys.press("Tab");
		assertThat(firstResult).isFocused();
		keys.press("Enter");

		assertThat(page.locator("#firstName")).hasValue("Nunzia");
		assertThat(page.locator("#lastName")).hasValue("Santarsiero");
		assertThat(page.locator("#phone")).hasValue("+390971600300");
		assertThat(page.locator("#citizen-picked")).containsText("Nunzia Santarsiero");
		assertThat(page.locator("#caller-history")).containsText("Borsa di studio universitaria");
		assertThat(page.locator("#subject")).isFocused();

		keys.type("Bollo auto per veicolo elettrico");
		keys.press("Tab");
		assertThat(page.locator("#description")).isFocused();
		keys.type("Chiede se un'auto elettrica acquistata nel 2026 paga il bollo.");
		keys.press("Control+Enter");

		assertTicketOpened("Nunzia Santarsiero");
	}

	@Test
	void downArrowMovesFromTheLookUpToTheFirstOfSeveralResults() {
		// Two callers of one surname (each with a phone of their own: a phone identifies its owner).
		Tickets.openThroughTheApi(port, "Contributo affitto",
				Map.of("kind", "PERSON", "firstName", "Rocco", "lastName", "Lagrotta", "phone", "0971 600311"));
		Tickets.openThroughTheApi(port, "Contributo affitto",
				Map.of("kind", "PERSON", "firstName", "Teresa", "lastName", "Lagrotta", "phone", "0971 600312"));
		// The answer to the whole name: on a loaded machine the typing can outlast the debounce, and the answer to a
		// part of it come first (the console's screen-pop stream stays open, so the network is never idle).
		page.waitForResponse(response -> response.url().contains("/citizens/lookup") && response.url().contains("q=Lagrotta"),
				() -> keys.type("Lagrotta"));
		assertThat(page.locator("#lookup-results [data-citizen-id]")).hasCount(2);
		Locator firstResult = page.locator("#lookup-results [data-citizen-id]").first();
		assertThat(firstResult).isVisible();
		keys.press("ArrowDown");
		assertThat(firstResult).isFocused();
		keys.press("ArrowUp");
		assertThat(page.getByLabel("Cerca il cittadino")).isFocused();
		keys.press("Enter");
		assertThat(firstResult).isFocused();
		assertThat(page).hasURL(Pattern.compile(".*/console$"));
	}

	@Test
	void operatorOpensATicketForANewCallerTypedByHand() {
		String fiscalCode = FiscalCodes.personal("FRRLRA80A41G942");
		keys.type("Ferrarese Laura");
		assertThat(page.locator("#lookup-results")).containsText("Nessun");

		tabTo("#firstName");
		keys.type("Laura");
		tabTo("#lastName");
		keys.type("Ferrarese");
		tabTo("#fiscalCode");
		keys.type(fiscalCode);
		tabTo("#phone");
		keys.type("0971 555 123");
		tabTo("#subject");
		keys.type("Iscrizione al servizio civile regionale");
		tabTo("#description");
		keys.type("Chiede come iscriversi al bando del servizio civile.");
		keys.press("Control+Enter");

		assertTicketOpened("Laura Ferrarese");
		assertThat(page.locator("main")).containsText(fiscalCode);
	}

	@Test
	void aSecondSubmitWhileTheFirstIsOnItsWayIsIgnored() {
		@SuppressWarnings("unchecked")
		Map<String, Object> outcome = (Map<String, Object>) page.evaluate("""
				() => {
				  const form = document.getElementById('new-ticket');
				  const sent = [];
				  document.addEventListener('submit', event => sent.push(!event.defaultPrevented));
				  form.requestSubmit();
				  form.requestSubmit();
				  return { sent: sent.join(','), busy: form.getAttribute('aria-busy'),
				           disabled: form.querySelector('button[type=submit]').disabled };
				}""");

		org.assertj.core.api.Assertions.assertThat(outcome)
			.containsEntry("sent", "true,false")
			.containsEntry("busy", "true")
			.containsEntry("disabled", true);
		// The empty form comes back with its errors, usable again.
		assertThat(page.locator("#new-ticket .alert-danger")).isVisible();
		assertThat(page.locator("#new-ticket button[type=submit]")).isEnabled();
	}

	private void assertTicketOpened(String caller) {
		assertThat(page).hasURL(Pattern.compile(".*/tickets/\\d{4}-\\d{6}$"));
		String number = page.url().replaceAll(".*/tickets/", "");
		assertThat(page.locator("h1")).containsText(number);
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText(number);
		assertThat(page.locator("main")).containsText(caller);
	}

	/** Presses Tab until the field has the focus, as a keyboard user does; fails if it never gets it. */
	private void tabTo(String selector) {
		Locator field = page.locator(selector);
		for (int i = 0; i < 20; i++) {
			keys.press("Tab");
			if ((Boolean) field.evaluate("element => element === document.activeElement")) {
				return;
			}
		}
		fail("Tab never reached " + selector);
	}

}
