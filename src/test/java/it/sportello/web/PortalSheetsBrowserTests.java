package it.sportello.web;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.sportello.knowledge.Knowledge;
import it.sportello.knowledge.UsableSheet;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static it.sportello.web.Chromium.assertAccessible;

/**
 * The portal's information sheets and FAQ on a phone-sized screen, not logged in: a citizen searches from the home,
 * opens a sheet, reads its FAQ, browses by keyword and by department, reads the FAQ page; a draft is not found; every
 * page passes axe-core's WCAG 2.1 AA rules.
 */
@SportelloIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSheetsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Knowledge knowledge;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	it.sportello.shared.attachments.Attachments attachments;

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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
	void aCitizenSearchesFromTheHomeAndReadsASheetWithItsFaq() {
		UsableSheet sheet = knowledge.usableSheets(0, 100)
			.stream()
			.filter(s -> !s.faq().isEmpty() && !s.keywords().isEmpty())
			.findFirst()
			.orElseThrow();
		citizen.navigate("/portale");
		citizen.getByLabel("Cerca tra le schede informative e le domande frequenti").fill(sheet.title());
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerca")).click();
		assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Schede informative")))
			.isVisible();
		assertAccessible(citizen);

		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sheet.title()).setExact(true)).click();
		assertThat(citizen.locator("h1")).hasText(sheet.title());
		assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Domande frequenti")))
			.isVisible();
		assertThat(citizen.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName(sheet.faq().get(0).question()))).isVisible();
		assertAccessible(citizen);

		String keyword = sheet.keywords().get(0);
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(keyword).setExact(true)).click();
		assertThat(citizen.locator("main")).containsText("Parola chiave: «" + keyword + "»");
		assertThat(citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sheet.title()).setExact(true)))
			.isVisible();
		assertAccessible(citizen);
	}

	@Test
	void aCitizenBrowsesTheSheetsOfOneDepartmentPageByPage() {
		citizen.navigate("/portale");
		citizen.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu del portale"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Schede informative"))
			.click();
		assertThat(citizen.locator("#results")).containsText("schede");
		assertThat(citizen.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pagine dei risultati")))
			.isVisible();
		assertAccessible(citizen);

		UsableSheet sample = knowledge.usableSheets(0, 1).get(0);
		String department = jdbc.queryForObject("select name from department where code = ?", String.class,
				sample.departmentCode());
		citizen.getByLabel("Dipartimento").selectOption(sample.departmentCode());
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerca")).click();
		Locator results = citizen.locator("main li.card");
		assertThat(results.first()).isVisible();
		List<String> lines = results.allTextContents();
		for (String line : lines) {
			org.assertj.core.api.Assertions.assertThat(line).contains(department);
		}
		assertAccessible(citizen);
	}

	@Test
	void theFaqPageListsTheQuestionsWithALinkToTheirSheet() {
		citizen.navigate("/portale");
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leggi le domande frequenti")).click();
		assertThat(citizen.locator("h1")).hasText("Domande frequenti");
		UsableSheet.Faq faq = knowledge.usableSheets(0, 100)
			.stream()
			.flatMap(s -> s.faq().stream())
			.findFirst()
			.orElseThrow();
		assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(faq.question())))
			.isVisible();
		assertAccessible(citizen);
	}

	@Test
	void aCitizenSeesTheSheetsLinksAndDownloadsItsAttachment() {
		UsableSheet sheet = knowledge.usableSheets(0, 100)
			.stream()
			.filter(s -> !s.links().isEmpty())
			.findFirst()
			.orElseThrow();
		java.util.UUID stored = attachments.store("modulo-domanda.pdf", new java.io.ByteArrayInputStream(PDF))
			.id()
			.value();
		jdbc.update("insert into knowledge_sheet_file (sheet_id, attachment_id, title, kind, added_by, added_at) "
				+ "values (?, ?, 'Modulo di domanda', 'MODULO', 'urp.test', now())", sheet.id(), stored);
		try {
			citizen.navigate("/portale/schede/" + sheet.id());
			UsableSheet.Link link = sheet.links().get(0);
			Locator external = citizen.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Siti istituzionali"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link.title() + " (sito esterno"));
			assertThat(external).isVisible();
			assertThat(external).hasAttribute("href", link.url());
			assertThat(external).hasAttribute("rel", "noopener noreferrer");
			Locator files = citizen.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Allegati"));
			assertThat(files).containsText("Modulo di domanda");
			assertThat(files).containsText("PDF");
			assertThat(files).containsText("modulo-domanda.pdf");
			assertAccessible(citizen);

			com.microsoft.playwright.Download download = citizen.waitForDownload(() -> files
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Modulo di domanda"))
				.click());
			org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("modulo-domanda.pdf");
		}
		finally {
			jdbc.update("delete from knowledge_sheet_file where attachment_id = ?", stored);
		}
	}

	@Test
	void aDraftSheetIsNotFoundOnThePortal() {
		String draft = jdbc.queryForObject("select min(id) from knowledge_sheet where state = 'DRAFT'", String.class);
		com.microsoft.playwright.Response response = citizen.navigate("/portale/schede/" + draft);
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
		assertThat(citizen.locator("h1")).hasText("Scheda non disponibile");
		assertAccessible(citizen);
	}

}
