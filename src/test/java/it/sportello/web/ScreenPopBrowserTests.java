package it.sportello.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-level console shows the caller when a call rings for the operator, without a reload: the citizen found by
 * the number, their tickets, and a button that fills the new-ticket form. The greeting and call-log pages pass axe.
 */
@SportelloIntegrationTest
class ScreenPopBrowserTests extends LoggedInBrowserTest {

	@Test
	void aCallRingingForTheOperatorShowsTheKnownCallerAndFillsTheForm() {
		Tickets.openThroughTheApi(port, "Bollo auto per veicolo storico",
				Map.of("kind", "PERSON", "firstName", "Pasquale", "lastName", "Postiglione", "phone", "0971 551177"));
		Page console = as("operatore");
		console.navigate("/console");
		assertThat(console.locator("#phone-panel[data-listening=true]")).hasCount(1);

		String call = UUID.randomUUID().toString();
		assertThat(cti("event=newCall&from=0971551177&to=800123456&direction=in&user%5B%5D=201&callId=" + call))
			.isEqualTo(200);

		assertThat(console.locator("#screen-pop")).containsText("Pasquale Postiglione");
		assertThat(console.locator("#screen-pop .pop-history")).containsText("Bollo auto per veicolo storico");
		assertAccessible(console);
		console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apri un ticket per Pasquale Postiglione"))
			.click();
		assertThat(console.locator("#citizenId")).not().hasValue("");
		assertThat(console.locator("#subject")).isFocused();
	}

	@Test
	void theGreetingPageAndTheCallLogAreAccessible() {
		Page manager = as("responsabile");
		manager.navigate("/telefono/saluto");
		assertAccessible(manager);
		manager.navigate("/telefono/chiamate");
		assertAccessible(manager);
		manager.navigate("/soddisfazione");
		assertAccessible(manager);
		Page operator = as("operatore");
		operator.navigate("/lettere");
		assertAccessible(operator);
	}

	private int cti(String form) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cti/demo"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
