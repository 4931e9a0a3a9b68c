package it.sportello.knowledge;

import java.util.ArrayList;
import java.util.List;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's lists searched by words: every word must be found in one of its Italian forms, the published sheets
 * come best first (from the search index), then what else the reader may see, and the pages add up.
 */
@SportelloIntegrationTest
class KnowledgeListSearchIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void wordsAreMatchedAsWordsInTheirItalianFormsNotAsPiecesOfOtherWords() {
		// The sheet on historic cars says "ultratrentennali" (plural); the singular finds it.
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/sheets?q=auto+ultratrentennale&size=200"))).contains("SI-0004");
		// "caldaia" is a word of the boiler's sheet; "aldaia" is only a piece of it.
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/sheets?q=caldaia&size=200"))).contains("SI-0045");
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/sheets?q=aldaia&size=200"))).isEmpty();
		// Every word must be found: the boiler's sheet holds "caldaia", not "pesca".
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/sheets?q=caldaia+pesca&size=200"))).doesNotContain("SI-0045");
	}

	@Test
	void aPageFarBeyondTheMatchesIsEmptyWithTheTotalNotAFailure() {
		Response far = api.get("operatore", "/api/v1/knowledge/sheets?q=bollo&size=200&page=10000000");
		assertThat(far.status()).as(far.body().toString()).isEqualTo(200);
		assertThat(far.body().path("content")).isEmpty();
		assertThat(far.body().path("page").path("totalElements").asLong()).isPositive();
	}

	@Test
	void theSheetThatHoldsTheWordsBestComesFirst() {
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/sheets?q=bollo+auto+storiche")).get(0)).isEqualTo("SI-0004");
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/sheets?q=esenzione+bollo+disabili")).get(0))
			.isEqualTo("SI-0002");
	}

	@Test
	void theBackOfficeSeesThePublishedSheetsFirstThenTheDraftsAndExpiredOnesByTitle() {
		List<String> operator = ids(api.get("operatore", "/api/v1/knowledge/sheets?q=giovani+agricoltori&size=200"));
		assertThat(operator).doesNotContain("SI-0024", "SI-0025");

		List<String> backOffice = ids(api.get("backoffice", "/api/v1/knowledge/sheets?q=giovani+agricoltori&size=200"));
		// The published ones first, as the operator sees them; then the expired 2025 call and the 2027 draft (and any
		// draft another test wrote on the subject), by title.
		assertThat(backOffice).startsWith(operator.toArray(String[]::new));
		List<String> others = backOffice.subList(operator.size(), backOffice.size());
		assertThat(others).contains("SI-0024", "SI-0025");
		assertThat(others.indexOf("SI-0024")).isLessThan(others.indexOf("SI-0025"));

		// Pages of one straddle the two parts and add up to the whole list, each sheet once.
		List<String> paged = new ArrayList<>();
		for (int page = 0;; page++) {
			Response one = api.get("backoffice", "/api/v1/knowledge/sheets?q=giovani+agricoltori&size=1&page=" + page);
			assertThat(one.body().path("page").path("totalElements").asLong()).isEqualTo(backOffice.size());
			paged.addAll(ids(one));
			if (!one.body().path("page").path("hasNext").asBoolean()) {
				break;
			}
		}
		assertThat(paged).isEqualTo(backOffice);
	}

	@Test
	void aTextOfStopWordsFiltersNothingAndAnIdFindsItsRecord() {
		long all = api.get("operatore", "/api/v1/knowledge/sheets?size=1").body().path("page").path("totalElements").asLong();
		assertThat(api.get("operatore", "/api/v1/knowledge/sheets?q=di+la&size=1").body().path("page").path("totalElements")
			.asLong()).isEqualTo(all);
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/sheets?q=si-0004"))).containsExactly("SI-0004");
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/faqs?q=FAQ-0001"))).containsExactly("FAQ-0001");
		assertThat(ids(api.get("operatore", "/api/v1/knowledge/procedures?q=PR-0001"))).containsExactly("PR-0001");
	}

	@Test
	void faqAndProceduresAreSearchedByEveryWordBestFirst() {
		List<String> faq = ids(api.get("operatore", "/api/v1/knowledge/faqs?q=venduto+macchina+bollo&size=200"));
		assertThat(faq).startsWith("FAQ-0001");
		List<String> procedures = ids(api.get("operatore", "/api/v1/knowledge/procedures?q=esenzione+disabili&size=200"));
		assertThat(procedures).startsWith("PR-0002");
	}

	private static List<String> ids(Response list) {
		List<String> ids = new ArrayList<>();
		list.body().path("content").forEach(item -> ids.add(item.path("id").asString()));
		return ids;
	}

}
