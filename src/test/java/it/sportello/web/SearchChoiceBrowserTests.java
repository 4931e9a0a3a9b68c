package it.sportello.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learning from use, from the console: a call put through from the switchboard's search and a sheet quoted from the
 * search box's results are sent back as the choice made from that search (its {@code searchId}).
 */
@SportelloIntegrationTest
class SearchChoiceBrowserTests extends LoggedInBrowserTest {

	/** Each step of these tests runs a search on the server: a loaded machine may take longer than the default. */
	static final double SLOW = 30_000;

	private static final LocatorAssertions.IsVisibleOptions SHOWN = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(SLOW);

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCallPutThroughFromTheSwitchboardSearchIsRecordedAsTheChoiceOfThatSearch() {
		Page page = as("operatore");
		page.setDefaultTimeout(SLOW);
		page.navigate("/tickets/" + openCentralinoTicket());
		page.locator("#put-through-q").fill("ufficio caccia e pesca");
		Locator pick = page.locator("#put-through-results li form").nth(1);
		assertThat(pick).isVisible(SHOWN);
		String searchId = pick.getAttribute("data-search-id");
		String chosen = pick.getAttribute("data-choice-id");
		String type = pick.getAttribute("data-choice-type");
		assertThat(searchId).as("the candidates carry the id of their search").isNotBlank();
		pick.locator("button[type=submit]").click();
		assertThat(page.locator("h1 + .badge")).hasText("Chiuso");

		assertThat(choiceOf(searchId)).containsExactly(type, chosen);
		assertThat(jdbc.queryForObject("select count(*) from search_boost where text = ? and hit_type = ? and hit_id = ?",
				Integer.class, "ufficio caccia e pesca", type, chosen)).isEqualTo(1);
	}

	@Test
	void aSheetQuotedFromTheSearchBoxIsRecordedAsTheChoiceOfThatSearch() {
		String ticket = Tickets.openThroughTheApi(port, "Chiede del bollo auto",
				Map.of("kind", "PERSON", "firstName", "Nicola", "lastName", "Bochicchio", "phone", "0971 654321"));
		Page page = as("operatore");
		page.setDefaultTimeout(SLOW);
		page.navigate("/search?q=" + java.net.URLEncoder.encode("quanto costa il bollo della macchina",
				java.nio.charset.StandardCharsets.UTF_8));
		Locator sheetLink = page.locator("#search-results a[href*='/knowledge/sheets/']").first();
		assertThat(sheetLink).isVisible(SHOWN);
		String searchId = page.locator("#search-results section[data-search-id]").first().getAttribute("data-search-id");
		assertThat(searchId).as("the results carry the id of their search").isNotBlank();
		sheetLink.click();
		Locator quote = page.locator("form.knowledge-quote");
		assertThat(quote).hasAttribute("data-search-id", searchId);
		String sheet = quote.getAttribute("data-choice-id");
		assertThat(page.url()).contains("/knowledge/sheets/" + sheet);
		page.locator("#quote-ticket").fill(ticket);
		quote.locator("button[type=submit]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/tickets/" + ticket + ".*"));

		assertThat(choiceOf(searchId)).containsExactly("SHEET", sheet);
	}

	@Test
	void aSheetOpenedWithoutASearchSendsNoChoice() {
		Page page = as("operatore");
		page.navigate("/knowledge/sheets/SI-0001?searchId=not-a-search");
		Locator quote = page.locator("form.knowledge-quote");
		assertThat(quote).isVisible();
		assertThat(quote.getAttribute("data-search-id")).as("no search id but a search's own").isNull();
	}

	private String openCentralinoTicket() {
		Api.Response opened = new Api(port).post("operatore", "/api/v1/tickets",
				Map.of("channel", "PHONE", "categoryCode", "CENTRALINO", "subject", "Chiede dell'ufficio caccia",
						"description", "Il cittadino chiede dei tesserini di caccia.", "citizen",
						Map.of("kind", "PERSON", "firstName", "Rocco", "lastName", "Pace", "phone", "0971 123457")));
		assertThat(opened.status()).as("opening a ticket: %s", opened.body()).isEqualTo(201);
		return opened.text("number");
	}

	/**
	 * The type and id chosen from the search, once the console's request has arrived: it travels beside the form's
	 * own submission, so it may land just after the next page.
	 */
	private List<String> choiceOf(String searchId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			List<List<String>> rows = jdbc.query(
					"select chosen_type, chosen_id from search_log where search_id = ? and chosen_id is not null",
					(rs, n) -> List.of(rs.getString(1), rs.getString(2)), searchId);
			if (!rows.isEmpty() || System.nanoTime() > deadline) {
				assertThat(rows).as("the choice recorded for search %s", searchId).hasSize(1);
				return rows.get(0);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
