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

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

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


	/**
	 * The whole lifecycle in Chromium with every role, each step from its page: the URP opens a need and engages the
	 * department's support, the support starts the draft and writes it with the URP, both approvers sign, the office
	 * head sends the notice, Information Society acknowledges it from its inbox, the manager publishes from the inbox
	 * and schedules the training, an operator confirms, the manager sees who has not, and the operator reads the sheet.
	 */
	@Test
	void aNeedBecomesAPublishedSheetWithItsTrainingThroughEveryRolesPages() {
		String subject = "Contributo per le cantine sociali";
		Page urp = patient(as("urp.agri"));
		urp.navigate("/knowledge/needs");
		urp.locator("#need-office").selectOption("AGRI-02");
		urp.locator("#need-subject").fill(subject);
		urp.locator("#need-reason").fill("Esce il bando regionale per le cantine.");
		urp.locator("#need-by").fill(LocalDate.now(ROME).plusDays(20).toString());
		urp.locator("form[action='/knowledge/needs'] button[type=submit]").click();
		urp.locator("[data-stage=OPEN] .card", new Page.LocatorOptions().setHasText(subject))
			.locator("button[type=submit]")
			.click();
		assertThat(stageCard(urp, "SUPPORT_ENGAGED", subject)).isVisible();

		// The support finds the need in its inbox and starts the draft from the board.
		Page support = patient(as("supporto.agri"));
		support.navigate("/knowledge/inbox");
		assertThat(support.locator("tr[data-kind=START_DRAFT]", new Page.LocatorOptions().setHasText(subject))).isVisible();
		assertAccessible(support);
		support.navigate("/knowledge/needs");
		stageCard(support, "SUPPORT_ENGAGED", subject).locator("button[type=submit]").click();
		assertThat(support.locator("main h1")).hasText(subject);
		String id = support.url().replaceAll(".*/knowledge/sheets/([A-Z0-9-]+).*", "$1");
		edit(support, id, "#editor-body", "## A chi si rivolge\n\nAlle cantine sociali della Basilicata.");
		edit(urp, id, "#editor-keywords", "cantine, vino");

		// Both approvers sign from the sheet page.
		urp.navigate("/knowledge/sheets/" + id);
		assertAccessible(urp);
		takeStep(urp, "SIGN_OFF_AS_URP", "Firma dell'URP registrata.");
		Page head = patient(as("responsabile.agri-02"));
		head.navigate("/knowledge/inbox");
		head.locator("tr[data-kind=SIGN_OFF] a", new Page.LocatorOptions().setHasText(id)).click();
		assertThat(head.locator("main h1")).hasText(subject);
		assertAccessible(head);
		takeStep(head, "SIGN_OFF_AS_OFFICE_HEAD", "Firma del responsabile dell'ufficio registrata.");
		assertThat(head.locator("main dd", new Page.LocatorOptions().setHasText("approvata")).first()).isVisible();

		// A page loaded before another's step is refused with its reason, and nothing changes.
		urp.reload();
		assertThat(urp.locator("form[data-step=SEND_BACK]")).isVisible();
		head.locator("#step-comment-SEND_NOTICE").fill("Scheda pronta: bando aperto dal mese prossimo.");
		takeStep(head, "SEND_NOTICE", "Comunicazione inviata alla Società dell'informazione.");
		urp.locator("#step-comment-SEND_BACK").fill("Manca la scadenza del bando.");
		urp.locator("form[data-step=SEND_BACK] button[type=submit]").click();
		assertThat(urp.locator("#step-error")).containsText("modificata da qualcun altro");
		// The step is no longer there to take; the comment typed is shown, to be kept elsewhere.
		assertThat(urp.locator("#step-error q")).hasText("Manca la scadenza del bando.");
		assertThat(urp.locator("form[data-step=SEND_BACK]")).hasCount(0);
		assertAccessible(urp);
		urp.reload();
		assertThat(urp.locator("main dd", new Page.LocatorOptions().setHasText("comunicata")).first()).isVisible();

		// Information Society acknowledges the notice from its inbox.
		Page society = patient(as("societa.informazione"));
		society.navigate("/knowledge/inbox");
		assertAccessible(society);
		society.locator("tr[data-kind=ACKNOWLEDGE] a", new Page.LocatorOptions().setHasText(id)).click();
		assertThat(society.locator("a[href='/knowledge/sheets/" + id + "/notice.pdf']")).isVisible();
		assertAccessible(society);
		takeStep(society, "ACKNOWLEDGE", "Comunicazione presa in carico.");

		// The manager publishes from the inbox and schedules the training.
		Page manager = patient(as("responsabile"));
		manager.navigate("/knowledge/inbox");
		manager.locator("tr[data-kind=PUBLISH] a", new Page.LocatorOptions().setHasText(id)).click();
		assertAccessible(manager);
		takeStep(manager, "PUBLISH", "Scheda pubblicata: gli operatori la vedono da ora.");
		manager.locator("#steps a[href^='/knowledge/trainings']").click();
		assertThat(manager.locator("#training-sheet")).hasValue(id);
		manager.locator("#training-at").fill(LocalDate.now(ROME).plusDays(7) + "T10:00");
		manager.locator("#training-place").fill("Sala riunioni del contact center");
		manager.locator("#training-guidelines").fill("Ricordare la scadenza del bando in ogni risposta.");
		assertAccessible(manager);
		manager.locator("#schedule button[type=submit]").click();
		var training = manager.locator("article", new Page.LocatorOptions().setHasText(subject));
		assertThat(training.locator(".knowledge-not-confirmed")).containsText("(operatore)");

		// An operator confirms from the inbox; the manager sees who has not confirmed yet.
		Page operator = patient(as("operatore"));
		operator.navigate("/knowledge/inbox");
		operator.locator("tr[data-kind=CONFIRM_TRAINING] a", new Page.LocatorOptions().setHasText(subject)).click();
		var mine = operator.locator("article", new Page.LocatorOptions().setHasText(subject));
		mine.locator("button[type=submit]").click();
		assertThat(operator.locator("article", new Page.LocatorOptions().setHasText(subject)).locator(".text-success"))
			.isVisible();
		assertAccessible(operator);
		manager.reload();
		training = manager.locator("article", new Page.LocatorOptions().setHasText(subject));
		assertThat(training.locator(".knowledge-not-confirmed")).not().containsText("(operatore)");
		assertThat(training.locator(".knowledge-not-confirmed")).containsText("(operatore2)");
		assertAccessible(manager);

		// The operator now reads the sheet and may use it in an answer; the board shows the need published.
		operator.navigate("/knowledge/sheets/" + id);
		assertThat(operator.locator(".knowledge-body h2")).hasText("A chi si rivolge");
		assertThat(operator.locator("#quote-ticket")).isVisible();
		assertAccessible(operator);
		urp.navigate("/knowledge/needs");
		assertThat(stageCard(urp, "PUBLISHED", subject)).isVisible();
		assertAccessible(urp);
	}

	@Test
	void thePortalsFacetsAQuotedVersionAndTheProcedureEditorAreAccessible() {
		Page operator = patient(as("operatore"));
		operator.navigate("/knowledge");
		var department = operator.locator("[data-facet-department] a").first();
		String count = department.locator(".knowledge-facet-count").textContent();
		department.click();
		assertThat(operator.locator("[data-facet-department] a[aria-current=true]")).hasCount(1);
		assertThat(operator.locator("main p[role=status]")).containsText(count);
		assertAccessible(operator);
		operator.navigate("/knowledge?q=bollo");
		operator.locator("[data-facet-type=FAQ] a").click();
		assertThat(operator.locator(".knowledge-results a[href*='#FAQ-']").first()).isVisible();
		assertAccessible(operator);
		int version = new Api(port).get("operatore", "/api/v1/knowledge/sheets/SI-0001").body().path("publishedVersion").asInt();
		operator.navigate("/knowledge/sheets/SI-0001/versions/" + version);
		assertThat(operator.locator(".knowledge-version-note")).isVisible();
		assertAccessible(operator);

		Page backOffice = patient(as("backoffice"));
		backOffice.navigate("/knowledge/procedures/PR-0001/editor");
		assertAccessible(backOffice);
		backOffice.locator("#procedure-name").fill("");
		backOffice.locator("#procedure-termDays").fill("0");
		backOffice.locator("form.knowledge-procedure-editor button[type=submit]").click();
		assertThat(backOffice.locator("#error-summary a[href='#procedure-name']")).isVisible();
		assertThat(backOffice.locator("#error-summary a[href='#procedure-termDays']")).isVisible();
		assertAccessible(backOffice);
	}

	/**
	 * The page with more time for each step: the lifecycle takes some thirty steps, each a form post, a redirect and a
	 * page, on a machine that may be busy with other work.
	 */
	private static Page patient(Page page) {
		page.setDefaultTimeout(30_000);
		page.setDefaultNavigationTimeout(30_000);
		return page;
	}

	private static com.microsoft.playwright.Locator stageCard(Page page, String stage, String text) {
		return page.locator("[data-stage=" + stage + "] .card", new Page.LocatorOptions().setHasText(text));
	}

	/** Clicks the sheet page's button of a step and waits for the message that it was recorded. */
	private static void takeStep(Page page, String action, String done) {
		page.locator("form[data-step=" + action + "] button[type=submit]").click();
		assertThat(page.locator("#step-done")).hasText(done);
	}

	/** Opens the draft's editor, changes one field and saves. */
	private static void edit(Page page, String id, String field, String value) {
		page.navigate("/knowledge/sheets/" + id + "/editor");
		page.locator(field).fill(value);
		assertAccessible(page);
		page.locator("form.knowledge-editor button[type=submit]").click();
		assertThat(page.locator(".alert-success")).isVisible();
	}

}
