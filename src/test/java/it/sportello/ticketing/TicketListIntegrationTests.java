package it.sportello.ticketing;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.sportello.identity.AccessAudit;
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
import tools.jackson.databind.JsonNode;

import static it.sportello.ticketing.ServiceLevelIntegrationTests.ROME;
import static it.sportello.ticketing.TicketFlowIntegrationTests.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter, order and page of the ticket list (API and search page share its read model), on tickets
 * opened in a year of their own so that other tests' tickets never match the {@code number=2033-} prefix.
 */
@SportelloIntegrationTest
class TicketListIntegrationTests {

	static final String YEAR = "2033-";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	AccessAudit accessAudit;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	String closedAtFirstLevel;

	String openComplaint;

	String atDepartment;

	@BeforeEach
	void openThreeTicketsOnThreeDays() {
		api = new Api(port);
		if (api.get("operatore", "/api/v1/tickets?number=" + YEAR).body().path("content").size() == 3) {
			// The context (and its database) is shared by every test: open the three tickets once.
			List<String> numbers = numbers(api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&sort=openedAt,asc"));
			closedAtFirstLevel = numbers.get(0);
			openComplaint = numbers.get(1);
			atDepartment = numbers.get(2);
			return;
		}
		clock.set(at(7, 10)); // Monday 7 March
		closedAtFirstLevel = open("INFORMAZIONI", "Orari dell'ufficio caccia");
		api.post("operatore", path(closedAtFirstLevel, "closure"), Map.of("resolution", "Dal lunedì al venerdì, 9-13"));
		clock.set(at(8, 10));
		openComplaint = open("RECLAMO", "Attesa troppo lunga allo sportello");
		clock.set(at(9, 10));
		atDepartment = open("INFORMAZIONI", "Danni da grandine agli ulivi");
		api.post("operatore", path(atDepartment, "escalation"),
				Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "Ufficio agricoltura"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void newestFirstByDefaultWithTheCitizensNameAndTheLevel() {
		Response list = api.get("operatore", "/api/v1/tickets?number=" + YEAR);
		assertThat(numbers(list)).containsExactly(atDepartment, openComplaint, closedAtFirstLevel);
		JsonNode first = list.body().path("content").get(0);
		assertThat(first.path("citizen").path("displayName").asString()).isEqualTo("Ottavio Lisanti");
		assertThat(first.path("state").asString()).isEqualTo("ASSIGNED");
		assertThat(first.path("level").asString()).isEqualTo("DEPARTMENT");
		assertThat(first.path("department").path("code").asString()).isEqualTo("AGRI");
		assertThat(first.path("category").path("code").asString()).isEqualTo("INFORMAZIONI");
		assertThat(list.body().path("content").get(2).path("level").asString())
			.as("a closed ticket shows the level that resolved it")
			.isEqualTo("FIRST_LEVEL");
	}

	@Test
	void sortedAndPagedWithoutOverlapsOrGaps() {
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&sort=openedAt,asc")))
			.containsExactly(closedAtFirstLevel, openComplaint, atDepartment);

		Response first = api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&sort=openedAt,asc&size=2");
		assertThat(numbers(first)).containsExactly(closedAtFirstLevel, openComplaint);
		assertThat(first.body().path("page").path("hasNext").asBoolean()).isTrue();
		assertThat(first.body().path("page").has("totalElements")).as("counted only when asked").isFalse();

		Response second = api.get("operatore",
				"/api/v1/tickets?number=" + YEAR + "&sort=openedAt,asc&size=2&page=1&withTotal=true");
		assertThat(numbers(second)).containsExactly(atDepartment);
		assertThat(second.body().path("page").path("hasNext").asBoolean()).isFalse();
		assertThat(second.body().path("page").path("totalElements").asLong()).isEqualTo(3);
	}

	@Test
	void filtersByOpeningDayCategoryAndLevel() {
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&openedFrom=2033-03-08&openedTo=2033-03-08")))
			.containsExactly(openComplaint);
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&openedFrom=2033-03-08")))
			.containsExactly(atDepartment, openComplaint);
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&category=RECLAMO")))
			.containsExactly(openComplaint);
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&level=FIRST_LEVEL")))
			.as("open at first level, or closed by it")
			.containsExactly(openComplaint, closedAtFirstLevel);
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&level=DEPARTMENT")))
			.containsExactly(atDepartment);
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&state=CLOSED")))
			.containsExactly(closedAtFirstLevel);
	}

	@Test
	void theNumberIsAPrefixAndItsWildcardsMatchOnlyThemselves() {
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=" + openComplaint))).containsExactly(openComplaint);
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=2033_"))).isEmpty();
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=_033-"))).isEmpty();
	}

	@Test
	void overdueOnlyOnceTheDepartmentsDeadlineHasPassed() {
		clock.set(at(11, 10)); // Friday
		assertThat(numbers(api.get("backoffice", "/api/v1/tickets?number=" + YEAR + "&overdue=true"))).isEmpty();
		clock.set(at(17, 10)); // five working days after Wednesday 9 March: Wednesday 16
		assertThat(numbers(api.get("backoffice", "/api/v1/tickets?number=" + YEAR + "&overdue=true")))
			.containsExactly(atDepartment);
		assertThat(numbers(api.get("backoffice", "/api/v1/tickets?number=" + YEAR + "&overdue=false")))
			.containsExactly(openComplaint, closedAtFirstLevel);
		assertThat(api.get("backoffice", "/api/v1/tickets?number=" + YEAR).body().path("content").get(0).path("overdue")
			.asBoolean()).isTrue();
	}

	@Test
	void aDepartmentSeesOnlyItsOwnTicketsWhateverItAsks() {
		assertThat(numbers(api.get("supporto.agri", "/api/v1/tickets?number=" + YEAR))).containsExactly(atDepartment);
		assertThat(numbers(api.get("supporto.salu", "/api/v1/tickets?number=" + YEAR))).isEmpty();
		assertThat(numbers(api.get("supporto.salu", "/api/v1/tickets?number=" + YEAR + "&department=AGRI"))).isEmpty();
		assertThat(api.get("supporto.salu", "/api/v1/tickets?number=" + YEAR + "&withTotal=true").body().path("page")
			.path("totalElements").asLong()).isZero();
	}

	@Test
	void theCitizensFreeTextFindsTheirTickets() {
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&citizen=Lisanti")))
			.containsExactly(atDepartment, openComplaint, closedAtFirstLevel);
		assertThat(numbers(api.get("operatore", "/api/v1/tickets?number=" + YEAR + "&citizen=Nessunoconquestonome")))
			.isEmpty();
	}

	@Test
	void aNameCompletedOnALaterCallShowsInTheListsAtOnce() {
		Map<String, Object> known = Map.of("kind", "PERSON", "companyName", "Forno Sassi", "phone", "0971 654987");
		String first = openFor(known);
		assertThat(displayName(first)).isEqualTo("Forno Sassi");
		// The same caller (same phone) gives their name this time: the record is completed.
		openFor(Map.of("kind", "PERSON", "firstName", "Rocco", "lastName", "Sassi", "phone", "0971 654987"));
		assertThat(displayName(first)).as("the list's cached name is forgotten when the record changes")
			.isEqualTo("Rocco Sassi");
	}

	/** A surname shared by more citizens than a look-up shows (50): every one of their tickets is found. */
	@Test
	void findsTheTicketsOfEveryCitizenTheTextMatches() {
		clock.set(ZonedDateTime.of(2035, 3, 7, 10, 0, 0, 0, ROME).toInstant());
		for (int i = 0; i < 60; i++) {
			openFor(Map.of("firstName", "Nome" + (char) ('A' + i % 26) + (char) ('A' + i / 26), "lastName", "Pietrafesa",
					"phone", String.format("0971 71%04d", i)));
		}

		Response found = api.get("operatore", "/api/v1/tickets?number=2035-&citizen=pietrafesa&size=100");

		assertThat(numbers(found)).hasSize(60);
	}

	/** A list found by a fiscal code names its citizen: who searched is recorded for that citizen, as a look-up is. */
	@Test
	void aSearchByTheCitizensCodeRecordsWhoSawTheCitizen() {
		clock.set(ZonedDateTime.of(2037, 3, 7, 10, 0, 0, 0, ROME).toInstant());
		String number = openFor(Map.of("firstName", "Sara", "lastName", "Audit", "fiscalCode", "DTASRA80A41G942J"));
		long citizenId = api.get("operatore", "/api/v1/tickets/" + number).body().path("citizen").path("id").asLong();
		accessAudit.flush();
		long before = shown("backoffice", citizenId);

		assertThat(numbers(api.get("backoffice", "/api/v1/tickets?number=2037-&citizen=DTASRA80A41G942J"))).containsExactly(number);

		accessAudit.flush();
		assertThat(shown("backoffice", citizenId)).isEqualTo(before + 1);
	}

	private long shown(String user, long citizenId) {
		return jdbc.queryForObject("select count(*) from access_audit where username = ? and action = 'SEARCH_RESULT' "
				+ "and subject_type = 'CITIZEN' and subject_id = ?", Long.class, user, String.valueOf(citizenId));
	}

	/** S-TT11: the back office lists the answers flagged as of common interest, the candidates for the FAQ. */
	@Test
	void findsTheAnswersOfCommonInterest() {
		clock.set(ZonedDateTime.of(2036, 3, 7, 10, 0, 0, 0, ROME).toInstant());
		String flagged = openFor(Map.of("firstName", "Ada", "lastName", "Faq", "phone", "0971 720001"));
		String notFlagged = openFor(Map.of("firstName", "Bea", "lastName", "Faq", "phone", "0971 720002"));
		api.post("operatore", path(flagged, "closure"), Map.of("resolution", "Il modulo è sul portale."));
		assertThat(api.post("backoffice", path(flagged, "common-interest"), Map.of()).status()).isEqualTo(200);

		assertThat(numbers(api.get("backoffice", "/api/v1/tickets?number=2036-&commonInterest=true"))).containsExactly(flagged);
		assertThat(numbers(api.get("backoffice", "/api/v1/tickets?number=2036-&commonInterest=false")))
			.containsExactly(notFlagged);
	}

	private String displayName(String number) {
		Response list = api.get("operatore", "/api/v1/tickets?number=" + number);
		assertThat(numbers(list)).containsExactly(number);
		return list.body().path("content").get(0).path("citizen").path("displayName").asString();
	}

	private String openFor(Map<String, Object> citizen) {
		Response opened = api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE", "categoryCode",
				"INFORMAZIONI", "subject", "Orari del forno", "description", "Chiede gli orari", "citizen", citizen));
		assertThat(opened.status()).isEqualTo(201);
		return opened.text("number");
	}

	private String open(String category, String subject) {
		Response opened = api.post("operatore", "/api/v1/tickets",
				Map.of("channel", "PHONE", "categoryCode", category, "subject", subject, "description", subject,
						"citizen", Map.of("kind", "PERSON", "firstName", "Ottavio", "lastName", "Lisanti", "fiscalCode",
								"LSNTTV70A01G942U", "preferredChannel", "PHONE")));
		assertThat(opened.status()).isEqualTo(201);
		assertThat(opened.text("number")).startsWith(YEAR);
		return opened.text("number");
	}

	private static List<String> numbers(Response list) {
		assertThat(list.status()).isEqualTo(200);
		List<String> numbers = new ArrayList<>();
		list.body().path("content").forEach(ticket -> numbers.add(ticket.path("number").asString()));
		return numbers;
	}

	private static Instant at(int dayOfMarch, int hour) {
		return ZonedDateTime.of(2033, 3, dayOfMarch, hour, 0, 0, 0, ROME).toInstant();
	}

}
