package it.sportello.web;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.TicketPage.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section 4, steps 1-15, walked in the browser by the demo users of each level, each in their own
 * browser context (their own session) as on their own desk.
 */
@SportelloIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketFlowBrowserTests {

	private static final String AGRICULTURE = "Politiche Agricole e Forestali";

	@LocalServerPort
	int port;

	Chromium chromium;

	Page operator;

	Page backOffice;

	Page agriculture;

	@BeforeAll
	void launch() {
		chromium = Chromium.launch(port);
		operator = chromium.loginAs("operatore");
		backOffice = chromium.loginAs("backoffice");
		agriculture = chromium.loginAs("supporto.agri");
	}

	@AfterAll
	void close() {
		chromium.close();
	}

	@Test
	void ticketEscalatedByFirstLevelIsAssignedByBackOfficeAndClosedByTheDepartment() {
		// Steps 1-5: the operator opens the ticket with the caller's details and the request.
		operator.navigate("/console");
		operator.getByLabel("Nome", new Page.GetByLabelOptions().setExact(true)).fill("Giuseppe");
		operator.getByLabel("Cognome").fill("Lauria");
		operator.getByLabel("Telefono").fill("0971 600100");
		operator.getByLabel("Oggetto").fill("Contributi per l'agricoltura biologica");
		operator.getByLabel("Descrizione").fill("Chiede quali contributi spettano a chi converte l'uliveto al biologico.");
		operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apri ticket")).click();
		TicketPage opened = new TicketPage(operator);
		String number = opened.number();
		assertThat(opened.state()).hasText("Aperto");

		// Step 10: nobody knows the competent office, so the ticket goes to the back office.
		Locator escalation = opened.action("Escala al back office");
		escalation.getByLabel("Nota").fill("Non trovo la scheda sui contributi al biologico.");
		submit(escalation);
		assertThat(opened.outcome()).hasText("Ticket " + number + " inoltrato al back office.");
		assertThat(opened.state()).hasText("Al back office");

		// Steps 11-12: the back office finds it in its queue and assigns it to Agriculture.
		backOffice.navigate("/queues/back-office");
		backOffice.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(number).setExact(true)).click();
		TicketPage escalated = new TicketPage(backOffice);
		Locator assignment = escalated.action("Assegna al dipartimento");
		assignment.getByLabel("Dipartimento").selectOption("AGRI");
		assignment.getByLabel("Nota").fill("Misura 11 del PSR: ufficio produzioni vegetali.");
		submit(assignment);
		assertThat(escalated.outcome())
			.hasText("Ticket " + number + " assegnato al supporto dipartimentale: " + AGRICULTURE + ".");
		assertThat(escalated.state()).hasText("Al supporto dipartimentale");

		// Steps 13-15: Agriculture's support sees it, calls the citizen with the answer and closes it.
		agriculture.navigate("/queues/department");
		agriculture.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(number).setExact(true)).click();
		TicketPage assigned = new TicketPage(agriculture);
		Locator contact = assigned.action("Registra contatto con il cittadino");
		contact.getByLabel("Canale").selectOption("PHONE");
		contact.getByLabel("Motivo").selectOption("GIVE_ANSWER");
		contact.getByLabel("Esito").selectOption("REACHED");
		contact.getByLabel("Nota").fill("Spiegati i requisiti della misura 11.");
		submit(contact);
		assertThat(assigned.outcome()).hasText("Contatto con il cittadino registrato sul ticket " + number + ".");
		Locator closure = assigned.action("Rispondi e chiudi");
		closure.getByLabel("Risposta").fill("Contributo della misura 11 del PSR: domanda entro il 15 maggio.");
		submit(closure);
		assertThat(assigned.state()).hasText("Chiuso");

		// The operator sees the outcome and the whole story when the citizen calls back.
		operator.navigate("/tickets/" + number);
		assertThat(opened.state()).hasText("Chiuso");
		assertThat(operator.locator("main")).containsText("Contributo della misura 11 del PSR");
		assertThat(opened.timeline()).hasCount(5);
		assertThat(opened.timeline().locator("strong")).hasText(new String[] { "Ticket aperto",
				"Escalato al back office", "Assegnato al dipartimento", "Contatto con il cittadino",
				"Chiuso con risposta" });
	}

	@Test
	void departmentSupportOfAnotherDepartmentGetsTheNotFoundPage() {
		String number = Tickets.firstNumber(agriculture, "/queues/department");
		Page health = chromium.loginAs("supporto.salu");
		Response response = health.navigate("/tickets/" + number);
		assertThat(response.status()).isEqualTo(404);
		assertThat(health.locator("main .alert-danger")).containsText("non esiste o non è di sua competenza");
		Chromium.assertAccessible(health);
		health.context().close();
	}

	@Test
	void actingOnATicketSomeoneElseChangedMeanwhileShowsWhyNothingHappenedAndKeepsTheTextTyped() {
		String number = Tickets.openThroughTheApi(port, "Concorso per istruttori amministrativi",
				Map.of("kind", "PERSON", "firstName", "Anna", "lastName", "Verrastro", "phone", "0971 600200"));
		Page colleague = chromium.loginAs("operatore2");
		operator.navigate("/tickets/" + number);
		colleague.navigate("/tickets/" + number);

		Locator note = new TicketPage(operator).action("Aggiungi nota");
		note.getByLabel("Nota").fill("Richiamerà domani.");
		submit(note);
		assertThat(new TicketPage(operator).outcome()).hasText("Nota aggiunta al ticket " + number + ".");

		TicketPage stale = new TicketPage(colleague);
		Locator closure = stale.action("Rispondi e chiudi");
		closure.getByLabel("Risposta").fill("Il bando esce a giugno.");
		submit(closure);
		assertThat(stale.outcome()).containsText("Il ticket " + number
				+ " è stato modificato da un altro operatore nel frattempo: la pagina mostra ora il ticket aggiornato.");
		assertThat(stale.outcome()).isFocused();
		assertThat(stale.action("Rispondi e chiudi").getByLabel("Risposta")).hasValue("Il bando esce a giugno.");
		assertThat(stale.state()).hasText("Aperto");
		assertThat(stale.timeline().locator("strong")).hasText(new String[] { "Ticket aperto", "Nota" });
		Chromium.assertAccessible(colleague);
		colleague.context().close();
	}

}
