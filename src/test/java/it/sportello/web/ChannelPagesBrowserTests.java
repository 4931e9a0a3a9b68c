package it.sportello.web;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.sportello.support.Api;
import it.sportello.support.ChannelStandIns;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;

/** The channels' pages in Chromium: first level's inbox with its count, the manager's templates with a preview. */
@SportelloIntegrationTest
class ChannelPagesBrowserTests extends LoggedInBrowserTest {

	@Test
	void anSmsShowsInFirstLevelsInboxAndItsCountInTheNavigation() {
		String number = receiveSms("Vorrei sapere gli orari dell'URP di Matera");
		Page page = as("operatore");

		page.navigate("/inbox");

		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number))).isVisible();
		assertThat(page.locator("nav .badge").first()).isVisible();
		assertAccessible(page);
	}

	@Test
	void theManagerPreviewsAndSavesATemplateAndAnUnknownPlaceholderIsExplained() {
		Page page = as("responsabile");
		page.navigate("/notifications/templates");
		assertAccessible(page);

		var article = page.locator("#template-ANSWER-it");
		article.getByLabel("Testo").fill("Risposta alla richiesta {number}: {text}");
		article.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Anteprima"))
			.click();
		assertThat(page.locator("#template-ANSWER-it")).containsText("Risposta alla richiesta 2026-000042: Testo di esempio");
		assertAccessible(page);

		page.locator("#template-ANSWER-it").getByLabel("Testo").fill("Gentile {nome}, ecco la risposta {text}");
		page.locator("#template-ANSWER-it")
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Salva"))
			.click();
		assertThat(page.locator("#template-ANSWER-it [role=alert]")).containsText("Segnaposto sconosciuto {nome}");
		assertAccessible(page);

		page.locator("#template-ANSWER-it").getByLabel("Testo").fill("Risposta {number}:\n{text}\nStato: {link}");
		page.locator("#template-ANSWER-it")
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Salva"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Modello salvato.");
		assertThat(page.locator("#template-ANSWER-it")).containsText("Testo modificato");

		page.locator("#template-ANSWER-it")
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ripristina il testo predefinito"))
			.click();
		assertThat(page.locator("#template-ANSWER-it")).containsText("Testo predefinito");
	}

	@Test
	void theTicketPageShowsTheNotificationsToTheCitizenWithTheirState() {
		String number = receiveSms("Quando riapre lo sportello di Lauria?");
		Api api = new Api(port);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> !api.get("operatore", "/api/v1/tickets/" + number + "/notifications")
				.body()
				.path("notifications")
				.isEmpty());
		Page page = as("operatore");

		page.navigate("/tickets/" + number);

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notifiche al cittadino")))
			.isVisible();
		assertThat(page.locator("#ticket-notifications tbody tr").first()).containsText("Conferma di ricezione");
		assertThat(page.locator("#ticket-notifications tbody tr").first()).containsText("SMS");
		assertAccessible(page);
	}

	private String receiveSms(String text) {
		String body = "{\"id\":\"b-" + UUID.randomUUID() + "\",\"from\":\"33" + (10_000_000
				+ ThreadLocalRandom.current().nextInt(89_999_999)) + "\",\"text\":\"" + text + "\"}";
		Api.Response response = new Api(port).call(HttpMethod.POST, null, "/api/v1/public/sms/inbound", body,
				Map.of("X-Sportello-Signature", sign(body)));
		return response.text("ticketNumber");
	}

	private static String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(ChannelStandIns.SMS_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
