package it.sportello.web;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.sportello.citizens.FiscalCodes;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** S-TT12: a citizen, not logged in, follows a request with the number the operator gave them. */
@SportelloIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicTrackingBrowserTests {

	static final String FISCAL_CODE = FiscalCodes.personal("GRCPLA75B12G942");

	@LocalServerPort
	int port;

	Chromium chromium;

	String number;

	Page citizen;

	@BeforeAll
	void launch() {
		chromium = Chromium.launch(port);
		number = Tickets.openThroughTheApi(port, "Rimborso del bollo auto",
				Map.of("kind", "PERSON", "firstName", "Paolo", "lastName", "Greco", "fiscalCode", FISCAL_CODE));
		citizen = chromium.newContext().newPage();
	}

	@AfterAll
	void close() {
		chromium.close();
	}

	@Test
	void citizenWithTheNumberAndTheFiscalCodeSeesTheStateOfTheRequest() {
		track(number, FISCAL_CODE.toLowerCase());
		assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Richiesta " + number)))
			.isVisible();
		assertThat(citizen.locator("main dd").first()).hasText("Presa in carico dal Contact Center");
		assertThat(citizen.locator("main")).not().containsText("Rimborso del bollo auto");
	}

	@Test
	void aWrongFiscalCodeShowsTheNotFoundMessageAndNothingElse() {
		track(number, "LRSNCL70A01G942M");
		assertThat(citizen.getByRole(AriaRole.ALERT))
			.hasText("Nessuna richiesta corrisponde a questo numero e a questo dato di riconoscimento.");
		assertThat(citizen.locator("main dl")).hasCount(0);
	}

	private void track(String ticketNumber, String proof) {
		citizen.navigate("/traccia");
		citizen.getByLabel("Numero della richiesta").fill(ticketNumber);
		citizen.getByLabel("Codice fiscale, telefono o e-mail").fill(proof);
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verifica lo stato")).click();
		assertThat(citizen.locator("main input[name=number]")).hasValue(ticketNumber);
	}

}
