package it.sportello.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import static it.sportello.knowledge.Drafts.agriDraft;
import static it.sportello.knowledge.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What readers see: operators exactly the usable sheets, by the Europe/Rome date; the FAQ, procedures and pages. */
@SportelloIntegrationTest
class KnowledgeReadIntegrationTests {

	/** OWASP XSS filter-evasion vectors, raw HTML and Markdown alike. */
	static final List<String> VECTORS = List.of("<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
			"<IMG SRC=\"javascript:alert('XSS');\">", "<IMG SRC=JaVaScRiPt:alert('XSS')>",
			"<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>", "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
			"<svg/onload=alert('XSS')>", "<BODY ONLOAD=alert('XSS')>", "<a href=\"jav&#x09;ascript:alert('XSS');\">x</a>",
			"<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>", "[clic](javascript:alert('XSS'))",
			"![img](javascript:alert('XSS'))", "<div style=\"background-image: url(javascript:alert('XSS'))\">");

	private static final Pattern DANGEROUS = Pattern.compile(
			"<(script|img|svg|iframe|body)\\b|<[a-z][^>]*\\s(on[a-z]+|style)\\s*=|<[a-z][^>]*(href|src)\\s*=\\s*\"?\\s*javascript",
			Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Knowledge knowledge;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anOperatorsListHoldsExactlyThePublishedSheetsValidToday() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Rome"));
		Set<String> usable = new HashSet<>(jdbc.queryForList(
				"select id from knowledge_sheet where state = 'ACTIVE' and valid_from <= ? and (valid_until is null or valid_until >= ?)",
				String.class, today, today));

		Set<String> listed = ids(api.get("operatore", "/api/v1/knowledge/sheets?size=200"));

		assertThat(listed).isEqualTo(usable);
		assertThat(listed).doesNotContain("SI-0025", "SI-0014");
		assertThat(api.get("operatore", "/api/v1/knowledge/sheets/SI-0025").status()).isEqualTo(404);
		assertThat(api.get("backoffice", "/api/v1/knowledge/sheets/SI-0025").status()).isEqualTo(200);
	}

	@Test
	void otherModulesFindOnlyUsableSheetsWithTheVersionInUse() {
		assertThat(knowledge.usableSheet("SI-0001")).hasValueSatisfying(sheet -> {
			assertThat(sheet.version()).isEqualTo(1);
			assertThat(sheet.title()).startsWith("Bollo auto");
		});
		assertThat(knowledge.usableSheet("SI-0025")).isEmpty();
		assertThat(knowledge.usableSheet("SI-0014")).isEmpty();
	}

	@Test
	void theUsableSheetCarriesTheLinksOperatorsSeeAndNoFileOfAnotherSheet() {
		UsableSheet sheet = knowledge.usableSheetContent("SI-0001").orElseThrow();
		Response operators = api.get("operatore", "/api/v1/knowledge/sheets/SI-0001");
		List<String> urls = new java.util.ArrayList<>();
		operators.body().path("links").forEach(link -> urls.add(link.path("url").asString()));
		assertThat(urls).isNotEmpty();
		assertThat(sheet.links()).extracting(UsableSheet.Link::url).containsExactlyElementsOf(urls);
		assertThat(knowledge.usableSheetAttachment("SI-0001", Long.MAX_VALUE)).isEmpty();
		assertThat(knowledge.usableSheetAttachment("SI-0025", Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void aSheetDisappearsFromOperatorsAtTheEndOfItsLastDayInRome() {
		// SI-0019 is valid until 2026-12-14: 23:30 in Rome is still that day, 00:30 is the next.
		clock.set(Instant.parse("2026-12-14T22:30:00Z"));
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/sheets?q=SI-0019"))).containsExactly("SI-0019");
		assertThat(api.get("operatore", "/api/v1/knowledge/sheets/SI-0019").status()).isEqualTo(200);

		clock.set(Instant.parse("2026-12-14T23:30:00Z"));
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/sheets?q=SI-0019"))).isEmpty();
		assertThat(api.get("operatore", "/api/v1/knowledge/sheets/SI-0019").status()).isEqualTo(404);
		assertThat(api.get("responsabile", "/api/v1/knowledge/sheets/SI-0019").body().path("actions").toString())
			.contains("EXPIRE");
	}

	@Test
	void theListIsPagedAndSearchesEveryWord() {
		Response page = api.get("operatore", "/api/v1/knowledge/sheets?q=bollo+auto&size=2");
		assertThat(page.body().path("content").size()).isEqualTo(2);
		assertThat(page.body().path("page").path("size").asInt()).isEqualTo(2);
		assertThat(page.body().path("page").path("hasNext").asBoolean()).isTrue();
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/sheets?q=bollo+auto&size=200"))).contains("SI-0001")
			.doesNotContain("SI-0025");
		assertThat(api.get("operatore", "/api/v1/knowledge/sheets?size=0").status()).isEqualTo(400);
	}

	@Test
	void theFaqAndProceduresAreListedAndAProcedureNamesItsOfficeAndResponsiblePerson() {
		Response faqs = api.get("operatore", "/api/v1/knowledge/faqs?sheet=SI-0001");
		assertThat(faqs.body().path("content").get(0).path("id").asString()).isEqualTo("FAQ-0001");
		assertThat(api.get("operatore", "/api/v1/knowledge/faqs?sheet=SI-0025").body().path("content")).isEmpty();

		Response procedure = api.get("operatore", "/api/v1/knowledge/procedures/PR-0001");
		assertThat(procedure.body().path("termDays").asInt()).isEqualTo(30);
		assertThat(procedure.text("officeName")).isEqualTo("Ufficio Tributi ed Entrate Regionali");
		assertThat(procedure.text("responsibleName")).isNotBlank();
		assertThat(procedure.body().path("requiredDocuments")).hasSize(3);
		assertThat(api.get("operatore", "/api/v1/knowledge/procedures?q=bollo").body().path("page").path("totalElements")
			.asInt()).isPositive();
		assertThat(api.get("operatore", "/api/v1/knowledge/procedures/PR-9999").status()).isEqualTo(404);
	}

	@Test
	void scriptsHandlersAndJavascriptLinksInTheBodyFaqAndTitleAreNeutralised() throws Exception {
		String vectors = String.join("\n\n", VECTORS);
		Map<String, Object> draft = with(with(agriDraft(VECTORS.get(3)), "body", "## Testo\n\n" + vectors), "faq",
				List.of(Map.of("question", VECTORS.get(5), "answer", vectors)));
		Response created = api.post("urp.agri", "/api/v1/knowledge/sheets", draft);
		assertThat(created.status()).isEqualTo(201);

		assertThat(DANGEROUS.matcher(created.text("bodyHtml")).find()).as(created.text("bodyHtml")).isFalse();
		assertThat(created.text("bodyHtml")).contains("<h2>Testo</h2>");
		String answerHtml = created.body().path("faq").get(0).path("answerHtml").asString();
		assertThat(DANGEROUS.matcher(answerHtml).find()).as(answerHtml).isFalse();

		String page = mvc.perform(get("/knowledge/sheets/" + created.text("id")).cookie(login("urp.agri")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String content = page.substring(page.indexOf("<h1"));
		assertThat(DANGEROUS.matcher(content.substring(0, content.indexOf("</main>") > 0 ? content.indexOf("</main>")
				: content.length())).find()).as(content).isFalse();
		assertThat(content).contains("&lt;IMG");
	}

	@Test
	void theSheetPageShowsTextValidityOfficeFaqAndProcedureAndThePortalSearches() throws Exception {
		Cookie operator = login("operatore");
		String page = mvc.perform(get("/knowledge/sheets/SI-0001").cookie(operator)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Bollo auto: come e quando si paga la tassa automobilistica", "<h2>Cos",
				"Ufficio Tributi ed Entrate Regionali", "FAQ-0001", "Tassa automobilistica regionale: verifica",
				"01/01/2026", "30 giorni");

		String portal = mvc.perform(get("/knowledge").param("q", "bollo auto").cookie(operator)).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(portal).contains("/knowledge/sheets/SI-0001").doesNotContain("/knowledge/sheets/SI-0025");

		assertThat(mvc.perform(get("/knowledge/sheets/SI-0025").cookie(operator)).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	/** The page session's cookie: sessions live in Spring Session, not in the mock request's own session. */
	private Cookie login(String user) throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user(user).password(user)).andReturn().getResponse()
			.getCookie("SESSION");
		assertThat(session).as("session of " + user).isNotNull();
		return session;
	}

	private static Set<String> ids(Response list) {
		Set<String> ids = new HashSet<>();
		list.body().path("content").forEach(sheet -> ids.add(sheet.path("id").asString()));
		return ids;
	}

}
