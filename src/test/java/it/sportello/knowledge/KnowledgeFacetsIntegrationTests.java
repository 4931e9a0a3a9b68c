package it.sportello.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.sportello.support.Api;
import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal home's facets: each department's, audience's and keyword's count is the number of sheets the list shows
 * once that value is chosen (with the other filters kept), the type facet counts the sheets, FAQ and procedures the
 * words find, and an operator's counts hold only the sheets an operator may see.
 */
@SportelloIntegrationTest
class KnowledgeFacetsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void eachFacetCountIsTheNumberOfSheetsTheListShowsOnceItIsChosen() throws Exception {
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		String home = page(operator, "/knowledge");
		long total = api.get("operatore", "/api/v1/knowledge/sheets?size=1").body().path("page").path("totalElements").asLong();
		assertThat(count(home, "data-facet-type=\"SHEET\"")).isEqualTo(total);
		long departmentSum = 0;
		for (String department : values(home, "data-facet-department")) {
			long count = count(home, "data-facet-department=\"" + department + "\"");
			departmentSum += count;
			assertThat(listed("operatore", "department=" + department)).as(department).isEqualTo(count);
		}
		assertThat(departmentSum).isEqualTo(total);
		for (String audience : values(home, "data-facet-audience")) {
			assertThat(listed("operatore", "audience=" + audience)).as(audience)
				.isEqualTo(count(home, "data-facet-audience=\"" + audience + "\""));
		}
		String keyword = values(home, "data-facet-keyword").stream().filter(word -> word.matches("[a-z]+")).findFirst()
			.orElseThrow();
		assertThat(listed("operatore", "keyword=" + keyword))
			.isEqualTo(count(home, "data-facet-keyword=\"" + keyword + "\""));

		// With a department chosen, the audience counts are those of that department; the departments' stay.
		String department = values(home, "data-facet-department").get(0);
		String filtered = page(operator, "/knowledge?department=" + department);
		for (String audience : values(filtered, "data-facet-audience")) {
			assertThat(listed("operatore", "department=" + department + "&audience=" + audience))
				.isEqualTo(count(filtered, "data-facet-audience=\"" + audience + "\""));
		}
		assertThat(count(filtered, "data-facet-department=\"" + department + "\""))
			.isEqualTo(count(home, "data-facet-department=\"" + department + "\""));
	}

	@Test
	void theTypeFacetCountsTheSheetsFaqAndProceduresTheWordsFindAndListsThem() throws Exception {
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		String found = page(operator, "/knowledge?q=bollo");
		assertThat(count(found, "data-facet-type=\"SHEET\"")).isEqualTo(listed("operatore", "q=bollo"));
		long faq = api.get("operatore", "/api/v1/knowledge/faqs?q=bollo&size=1").body().path("page").path("totalElements").asLong();
		assertThat(count(found, "data-facet-type=\"FAQ\"")).isEqualTo(faq).isPositive();
		long procedures = api.get("operatore", "/api/v1/knowledge/procedures?q=bollo&size=1").body().path("page")
			.path("totalElements").asLong();
		assertThat(count(found, "data-facet-type=\"PROCEDURE\"")).isEqualTo(procedures);
		String faqList = page(operator, "/knowledge?q=bollo&type=FAQ");
		assertThat(faqList).contains("#FAQ-");
		// A back-office reader also sees drafts: its counts are not the operator's.
		MockHttpSession backOffice = PageSessions.loginAs(mvc, "backoffice");
		assertThat(count(page(backOffice, "/knowledge"), "data-facet-type=\"SHEET\""))
			.isGreaterThan(count(page(operator, "/knowledge"), "data-facet-type=\"SHEET\""));
	}

	@Test
	void withWordsEachFacetCountIsStillTheNumberOfSheetsTheListShows() throws Exception {
		// The words are looked up in the search index, which narrows by department, keyword and audience itself.
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		String found = page(operator, "/knowledge?q=bollo");
		assertThat(count(found, "data-facet-type=\"SHEET\"")).isEqualTo(listed("operatore", "q=bollo")).isPositive();
		for (String department : values(found, "data-facet-department")) {
			assertThat(listed("operatore", "q=bollo&department=" + department)).as(department)
				.isEqualTo(count(found, "data-facet-department=\"" + department + "\""));
		}
		for (String audience : values(found, "data-facet-audience")) {
			assertThat(listed("operatore", "q=bollo&audience=" + audience)).as(audience)
				.isEqualTo(count(found, "data-facet-audience=\"" + audience + "\""));
		}
		for (String keyword : values(found, "data-facet-keyword")) {
			assertThat(listed("operatore", "q=bollo&keyword=" + java.net.URLEncoder.encode(keyword,
					java.nio.charset.StandardCharsets.UTF_8))).as(keyword)
				.isEqualTo(count(found, "data-facet-keyword=\"" + keyword + "\""));
		}
		// The back office also sees the drafts and expired sheets that hold the words (from the database): counted the
		// same way.
		MockHttpSession backOffice = PageSessions.loginAs(mvc, "backoffice");
		// Words joined by a sign ("giovani,agricoltori") are two words, in the index as in the database.
		String theirs = page(backOffice, "/knowledge?q=giovani,agricoltori");
		assertThat(count(theirs, "data-facet-type=\"SHEET\"")).isEqualTo(listed("backoffice", "q=giovani+agricoltori"))
			.isGreaterThan(listed("operatore", "q=giovani+agricoltori"));
	}

	@Test
	void aTextLongerThanTheSearchBoxTakesIsRefusedWithAMessage() throws Exception {
		String words = java.util.stream.IntStream.range(0, 1100).mapToObj(i -> "w" + i)
			.collect(java.util.stream.Collectors.joining("+"));
		for (String list : java.util.List.of("sheets", "faqs", "procedures")) {
			var refused = api.get("operatore", "/api/v1/knowledge/" + list + "?q=" + words);
			assertThat(refused.status()).as(list).isEqualTo(400);
			assertThat(refused.body().toString()).as(list).contains("200");
		}
		mvc.perform(get("/knowledge?q=" + "a".repeat(201)).session(PageSessions.loginAs(mvc, "operatore")))
			.andExpect(status().isBadRequest());
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private long listed(String user, String filter) {
		return api.get(user, "/api/v1/knowledge/sheets?size=1&" + filter).body().path("page").path("totalElements").asLong();
	}

	/** The count shown in the facet entry carrying {@code attribute}. */
	private static long count(String html, String attribute) {
		int at = html.indexOf(attribute);
		assertThat(at).as(attribute).isNotNegative();
		Matcher count = Pattern.compile("knowledge-facet-count\">(\\d+)<").matcher(html);
		assertThat(count.find(at)).isTrue();
		return Long.parseLong(count.group(1));
	}

	private static java.util.List<String> values(String html, String attribute) {
		Matcher matcher = Pattern.compile(attribute + "=\"([^\"]+)\"").matcher(html);
		java.util.List<String> values = new java.util.ArrayList<>();
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		assertThat(values).as(attribute).isNotEmpty();
		return values;
	}

}
