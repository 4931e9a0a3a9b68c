package it.sportello.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;

/**
 * The citizens' portal on a phone-sized screen (mobile first): a citizen, not logged in, sends a request, gets its
 * number and access code, follows it with them, and reads the accessibility statement and the privacy notice; every
 * page passes axe-core's WCAG 2.1 AA rules.
 */
@SportelloIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTests {

	@LocalServerPort
	int port;

	Chromium chromium;

	Page citizen;

	@BeforeAll
	void launch() {
		chromium = Chromium.launch(port);
		BrowserContext phone = chromium.newContext(390, 844);
		citizen = phone.newPage();
	}

	@AfterAll
	void close() {
		chromium.close();
	}

	@Test
	void aCitizenSendsARequestFromAPhoneAndFollowsItWithTheAccessCode() {
		citizen.navigate("/portale");
		assertAccessible(citizen);
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Scrivi una richiesta")).click();
		assertAccessible(citizen);

		citizen.getByLabel("La sua richiesta").fill("Vorrei sapere quali documenti servono per il contributo affitti.");
		citizen.getByLabel("Nome", new Page.GetByLabelOptions().setExact(true)).fill("Assunta");
		citizen.getByLabel("Cognome").fill("Lacorazza");
		citizen.getByLabel("E-mail").fill("assunta.lacorazza@example.it");
		// Bootstrap Italia draws the box with the label: a person clicks the label's text.
		citizen.locator("label[for=privacyConsent] span").click();
		assertThat(citizen.getByLabel("Ho letto l'informativa")).isChecked();
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invia la richiesta")).click();

		assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Richiesta inviata")))
			.isVisible();
		assertAccessible(citizen);
		String number = citizen.locator("#ticket-number").textContent().strip();
		String code = citizen.locator("#access-code").textContent().strip();

		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Segui la tua richiesta").setExact(true))
			.last()
			.click();
		citizen.getByLabel("Numero della richiesta").fill(number);
		citizen.getByLabel("Codice di accesso").fill(code);
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verifica lo stato")).click();
		assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Richiesta " + number)))
			.isVisible();
		assertThat(citizen.locator("main")).containsText("1° livello");
		assertThat(citizen.locator("main")).not().containsText("Lacorazza");
		assertThat(citizen.locator("main")).not().containsText("contributo affitti");
		assertAccessible(citizen);
	}

	@Test
	void aRequestWithoutConsentComesBackWithTheReasonAndTheTextKept() {
		citizen.navigate("/portale/richiesta");
		citizen.getByLabel("La sua richiesta").fill("Orari dello sportello di Matera");
		citizen.getByLabel("Nome", new Page.GetByLabelOptions().setExact(true)).fill("Egidio");
		citizen.getByLabel("Cognome").fill("Mecca");
		citizen.getByLabel("Telefono").fill("333 111 2233");
		// The browser's own check would stop the form: the server's answer is what this test is about.
		citizen.locator("form[action$='/portale/richiesta']").evaluate("form => form.noValidate = true");
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invia la richiesta")).click();

		assertThat(citizen.getByRole(AriaRole.ALERT)).containsText("informativa sul trattamento dei dati personali");
		assertThat(citizen.getByLabel("La sua richiesta")).hasValue("Orari dello sportello di Matera");
		assertAccessible(citizen);
	}

	@Test
	void theAccessibilityStatementAndThePrivacyNoticeAreLinkedFromEveryPortalPage() {
		citizen.navigate("/portale");
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dichiarazione di accessibilità")).click();
		assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dichiarazione di accessibilità")))
			.isVisible();
		assertAccessible(citizen);
		citizen.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Informativa sul trattamento dei dati personali")).click();
		assertThat(citizen.locator("h1")).hasText("Informativa sul trattamento dei dati personali");
		assertAccessible(citizen);
	}

}
