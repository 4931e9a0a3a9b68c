package it.sportello.web;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * S-TT2 while the caller waits: the back office's queue shows a new question, and the operator's ticket page the
 * answer, without anyone reloading. The pages' timers are fake, so the test moves their clocks instead of waiting.
 */
@SportelloIntegrationTest
class ClarificationBrowserTests extends LoggedInBrowserTest {

	@Test
	void theQuestionReachesTheBackOfficeAndTheAnswerTheOperatorWithoutAReload() {
		Api api = new Api(port);
		String number = Tickets.openThroughTheApi(port, "Orari dello sportello caccia",
				Map.of("firstName", "Rocco", "lastName", "Summa", "phone", "0971 612345"));
		String ticket = "/api/v1/tickets/" + number;

		Page backOffice = as("backoffice");
		backOffice.clock().install();
		backOffice.navigate("/queues/back-office");
		assertThat(backOffice.locator("#clarifications")).not().containsText(number);

		assertThat(api.post("operatore", ticket + "/clarifications", Map.of("question", "Fino a che ora è aperto?")).status())
			.isEqualTo(200);
		backOffice.clock().runFor(16_000);
		assertThat(backOffice.locator("#clarifications")).containsText(number);
		Chromium.assertAccessible(backOffice);

		Page operator = as("operatore");
		operator.clock().install();
		operator.navigate("/tickets/" + number);
		assertThat(operator.locator("#clarification-status")).containsText("in attesa della risposta");

		assertThat(api.post("backoffice", ticket + "/clarifications/answer", Map.of("answer", "Fino alle 13, il giovedì anche 15-17."))
			.status()).isEqualTo(200);
		operator.clock().runFor(11_000);
		assertThat(operator.locator("#clarification-live")).containsText("Fino alle 13, il giovedì anche 15-17.");
		Chromium.assertAccessible(operator);

		// The page came back with the ticket's new version: the operator answers and closes at once, no conflict.
		TicketPage page = new TicketPage(operator);
		Locator closure = page.action("Rispondi e chiudi");
		closure.getByLabel("Risposta").fill("Comunicato l'orario al cittadino.");
		TicketPage.submit(closure);
		assertThat(page.state()).hasText("Chiuso");
	}

}
