package it.sportello.web;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;

/**
 * The knowledge portal's pages in Chromium pass axe-core's WCAG 2.1 A and AA rules as each role sees them, and an
 * information need goes from the URP's form to the department support's draft through the board, with the inbox
 * count in the navigation bar.
 */
@SportelloIntegrationTest
class KnowledgeBrowserTests extends LoggedInBrowserTest {

	@Test
	void portalAndSheetPagesAreAccessibleToAnOperator() {
		Page page = as("operatore");
		page.navigate("/knowledge");
		assertThat(page.locator("main h1")).isVisible();
		assertAccessible(page);
		page.navigate("/knowledge/sheets/SI-0001");
		assertThat(page.locator("#quote-ticket")).isVisible();
		assertAccessible(page);
		page.navigate("/knowledge/trainings");
		assertAccessible(page);
		page.navigate("/knowledge/inbox");
		assertAccessible(page);
	}

	@Test
	void anInformationNeedGoesFromTheUrpsFormToTheSupportsDraftOnTheBoard() {
		Page urp = as("urp.agri");
		urp.navigate("/knowledge/needs");
		assertAccessible(urp);
		urp.locator("#need-office").selectOption("AGRI-02");
		urp.locator("#need-subject").fill("Bando per i frantoi");
		urp.locator("#need-reason").fill("Apre il bando e i cittadini chiameranno.");
		urp.locator("#need-by").fill(LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(15).toString());
		urp.locator("form[action='/knowledge/needs'] button[type=submit]").click();
		var card = urp.locator("[data-stage=OPEN] .card", new Page.LocatorOptions().setHasText("Bando per i frantoi"));
		assertThat(card).isVisible();
		// The URP's inbox count in the navigation bar includes the support to engage.
		assertThat(urp.locator("nav a[href='/knowledge/inbox'] .badge")).isAttached();
		card.locator("button[type=submit]").click();
		assertThat(urp.locator("[data-stage=SUPPORT_ENGAGED] .card", new Page.LocatorOptions().setHasText("Bando per i frantoi")))
			.isVisible();
		assertAccessible(urp);

		Page support = as("supporto.agri");
		support.navigate("/knowledge/needs");
		support.locator("[data-stage=SUPPORT_ENGAGED] .card", new Page.LocatorOptions().setHasText("Bando per i frantoi"))
			.locator("button[type=submit]")
			.click();
		assertThat(support.locator("main h1")).hasText("Bando per i frantoi");
		assertAccessible(support);
	}

	@Test
	void theManagersTrainingAndProposalPagesAreAccessible() {
		new Api(port).post("responsabile", "/api/v1/knowledge/trainings", java.util.Map.of("sheetId", "SI-0001", "at",
				"2027-01-20T10:00:00", "place", "Sala riunioni", "guidelines", "Citare sempre la scadenza."));
		Page manager = as("responsabile");
		manager.navigate("/knowledge/trainings");
		assertThat(manager.locator("#training-sheet")).isVisible();
		assertAccessible(manager);
		manager.navigate("/knowledge/faq-proposals");
		assertAccessible(manager);
		manager.navigate("/knowledge/inbox");
		assertAccessible(manager);
	}

	@Test
	void theRevisionEditorWithItsLivePreviewAndTheDiffPageAreAccessible() {
		Api api = new Api(port);
		java.util.Map<String, Object> draft = new java.util.LinkedHashMap<>();
		draft.put("title", "Contributo per mandorleti");
		draft.put("summary", "Come chiedere il contributo.");
		draft.put("body", "Un contributo per le aziende agricole.");
		draft.put("officeCode", "AGRI-02");
		draft.put("audience", java.util.List.of("BUSINESSES"));
		draft.put("validFrom", "2026-01-01");
		String id = api.post("urp.agri", "/api/v1/knowledge/sheets", draft).text("id");
		api.post("urp.agri", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		api.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		api.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/notice", null);
		api.post("responsabile", "/api/v1/knowledge/sheets/" + id + "/publication", null);

		Page urp = as("urp.agri");
		urp.navigate("/knowledge/sheets/" + id);
		urp.locator("form[action='/knowledge/sheets/" + id + "/revision'] button").click();
		assertThat(urp.locator("#editor-body")).isVisible();
		// htmx binds the editor's input listener once the page has loaded; typing earlier would go unheard
		urp.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		urp.waitForFunction("() => window.htmx !== undefined");
		urp.locator("#editor-body").fill("## Novità\n\nDomande entro il 31 marzo.");
		assertThat(urp.locator("#editor-preview h2")).hasText("Novità",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
		assertAccessible(urp);
		urp.locator("#editor-title").fill("");
		urp.locator("form.knowledge-editor button[type=submit]").click();
		assertThat(urp.locator("#error-summary a[href='#editor-title']")).isVisible();
		assertAccessible(urp);
		urp.locator("#editor-title").fill("Contributo per mandorleti e noccioleti");
		urp.locator("form.knowledge-editor button[type=submit]").click();
		assertThat(urp.locator("#diff ins").first()).isVisible();
		assertAccessible(urp);
		urp.navigate("/knowledge/sheets/" + id + "/diff");
		assertThat(urp.locator("#diff del").first()).isAttached();
		assertAccessible(urp);
	}

}
