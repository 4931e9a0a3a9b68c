package it.sportello.ticketing;

import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static it.sportello.ticketing.TicketFlowIntegrationTests.FISCAL_CODE;
import static it.sportello.ticketing.TicketFlowIntegrationTests.newTicket;
import static it.sportello.ticketing.TicketFlowIntegrationTests.path;
import static org.assertj.core.api.Assertions.assertThat;

/** An answer records the knowledge items, and their versions, that it quoted: sent with the closure, kept, shown. */
@SportelloIntegrationTest
class QuotedItemsApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void theItemsAnAnswerQuotedAreKeptInOrderAndShownWithTheTicket() {
		String number = api.post("operatore", "/api/v1/tickets", newTicket("Bando giovani agricoltori", FISCAL_CODE))
			.text("number");
		assertThat(api.get("operatore", "/api/v1/tickets/" + number).body().path("quotedItems").isEmpty()).isTrue();

		Response closed = api.post("operatore", path(number, "closure"),
				Map.of("resolution", "Il bando scade il 31 gennaio.", "quotedItems",
						List.of(Map.of("itemType", "SHEET", "itemId", "bando-giovani", "version", 4),
								Map.of("itemType", "FAQ", "itemId", "17", "version", 1))));

		assertThat(closed.status()).isEqualTo(200);
		Response read = api.get("operatore", "/api/v1/tickets/" + number);
		assertThat(read.body().path("quotedItems").toString())
			.isEqualTo("[{\"itemType\":\"SHEET\",\"itemId\":\"bando-giovani\",\"version\":4},"
					+ "{\"itemType\":\"FAQ\",\"itemId\":\"17\",\"version\":1}]");
	}

	@Test
	void aClosureWithMalformedQuotedItemsIsRefusedNamingEachFieldAndCloseNothing() {
		String number = api.post("operatore", "/api/v1/tickets", newTicket("Bando giovani agricoltori", FISCAL_CODE))
			.text("number");

		Response refused = api.post("operatore", path(number, "closure"),
				Map.of("resolution", "Il bando scade il 31 gennaio.", "quotedItems",
						List.of(Map.of("itemType", "scheda", "itemId", "", "version", 0))));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
		assertThat(refused.body().toString()).contains("quotedItems[0].itemType", "quotedItems[0].itemId",
				"quotedItems[0].version");
		assertThat(api.get("operatore", "/api/v1/tickets/" + number).text("state")).isEqualTo("OPEN");
	}

}
