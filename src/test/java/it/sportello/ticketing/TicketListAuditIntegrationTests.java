package it.sportello.ticketing;

import java.util.Map;
import java.util.UUID;

import it.sportello.identity.AccessAudit;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.support.AccessAuditRows;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.ticketing.internal.TicketQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list names citizens beside the subjects of their requests: whoever sees a list is recorded for every citizen it
 * shows, whatever list it is (a search without a citizen filter, a citizen's tickets, a queue), page or API alike.
 */
@SportelloIntegrationTest
class TicketListAuditIntegrationTests {

	static final StaffMember BACK_OFFICE = new StaffMember("backoffice", "Anna Verrastro", Role.BACK_OFFICE, null,
			null);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccessAudit audit;

	@Autowired
	TicketQueries queries;

	Api api;

	AccessAuditRows rows;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		rows = new AccessAuditRows(jdbc, audit);
	}

	@Test
	void aTicketListWithoutACitizenFilterRecordsEveryCitizenItShows() {
		Api.Response opened = openTicket();
		String number = opened.text("number");
		String citizenId = opened.body().path("citizen").path("id").asString();
		int before = rows.count("responsabile", "SEARCH_RESULT", citizenId);

		Api.Response list = api.get("responsabile", "/api/v1/tickets?number=" + number);

		assertThat(list.body().path("content").toString()).contains(number);
		assertThat(rows.count("responsabile", "SEARCH_RESULT", citizenId)).isEqualTo(before + 1);
	}

	@Test
	void aCitizensTicketsRecordThatTheCitizenWasShownOnce() {
		Api.Response first = openTicket();
		String citizenId = first.body().path("citizen").path("id").asString();
		int before = rows.count("backoffice", "SEARCH_RESULT", citizenId);

		api.get("backoffice", "/api/v1/citizens/" + citizenId + "/tickets");

		assertThat(rows.count("backoffice", "SEARCH_RESULT", citizenId)).isEqualTo(before + 1);
	}

	@Test
	void theBackOfficeQueueRecordsTheCitizensOfTheTicketsItShows() {
		Api.Response opened = openTicket();
		String number = opened.text("number");
		String citizenId = opened.body().path("citizen").path("id").asString();
		api.post("operatore", "/api/v1/tickets/" + number + "/escalation",
				Map.of("target", "BACK_OFFICE", "note", "Ufficio non chiaro"));
		int before = rows.count("backoffice", "SEARCH_RESULT", citizenId);

		TicketQueries.BackOfficeQueue queue = queries.backOfficeQueue(BACK_OFFICE);

		assertThat(queue.escalated()).extracting(summary -> summary.number()).contains(number);
		assertThat(rows.count("backoffice", "SEARCH_RESULT", citizenId)).isEqualTo(before + 1);
	}

	private Api.Response openTicket() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		return api.post("operatore", "/api/v1/tickets",
				Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI", "subject", "Elenchi " + unique,
						"description", "Il cittadino chiede informazioni", "citizen",
						Map.of("kind", "PERSON", "firstName", "Elena", "lastName", "Lista", "email",
								"elena." + unique + "@example.it")));
	}

}
