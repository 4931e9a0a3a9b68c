package it.sportello.ticketing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import static it.sportello.ticketing.TicketFlowIntegrationTests.FISCAL_CODE;
import static it.sportello.ticketing.TicketFlowIntegrationTests.newTicket;
import static it.sportello.ticketing.TicketFlowIntegrationTests.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's promises beyond the happy path: refusals with clear problem details, nothing stored on
 * bad input, idempotent creation, optimistic locking, department scope.
 */
@SportelloIntegrationTest
class TicketApiRulesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void missingFieldsAreListedOneByOneAndNothingIsStored() {
		long before = tickets();

		Response response = api.post("operatore", "/api/v1/tickets", Map.of("channel", "PHONE"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().getContentType()).hasToString("application/problem+json");
		assertThat(response.text("detail")).contains("campi non validi");
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).contains("categoryCode", "subject", "description");
		assertThat(tickets()).isEqualTo(before);
	}

	@Test
	void wrongFiscalCodeIsRefusedWithTheFieldAndNothingIsStored() {
		long before = tickets();

		Response response = api.post("operatore", "/api/v1/tickets", newTicket("x", "RSSMRA85T10A562X"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").toString()).contains("fiscalCode");
		assertThat(tickets()).isEqualTo(before);
	}

	@Test
	void unknownCategoryAndUnknownDepartmentAreRefused() {
		Map<String, Object> body = new HashMap<>(newTicket("x", FISCAL_CODE));
		body.put("categoryCode", "NON_ESISTE");
		Response unknownCategory = api.post("operatore", "/api/v1/tickets", body);
		assertThat(unknownCategory.status()).isEqualTo(400);
		assertThat(unknownCategory.text("detail")).contains("NON_ESISTE");

		String number = open();
		Response unknownDepartment = api.post("operatore", path(number, "escalation"),
				Map.of("target", "DEPARTMENT", "departmentCode", "XXXX", "note", "?"));
		assertThat(unknownDepartment.status()).isEqualTo(400);
		assertThat(api.get("operatore", "/api/v1/tickets/" + number).text("state")).isEqualTo("OPEN");
	}

	@Test
	void malformedJsonAndOversizedBodiesGetProblemDetails() {
		Response malformed = api.post("operatore", "/api/v1/tickets", "{\"channel\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.text("detail")).contains("JSON");

		Response wrongEnum = api.post("operatore", "/api/v1/tickets", "{\"channel\": \"PICCIONE\"}");
		assertThat(wrongEnum.status()).isEqualTo(400);

		String huge = "{\"subject\": \"" + "a".repeat(1_100_000) + "\"}";
		Response tooLarge = api.post("operatore", "/api/v1/tickets", huge);
		assertThat(tooLarge.status()).isEqualTo(413);
	}

	@Test
	void unknownAndMalformedTicketNumbersAreNotFound() {
		assertThat(api.get("operatore", "/api/v1/tickets/2026-999999").status()).isEqualTo(404);
		Response malformed = api.get("operatore", "/api/v1/tickets/abc");
		assertThat(malformed.status()).isEqualTo(404);
		assertThat(malformed.text("detail")).contains("abc");
	}

	@Test
	void forbiddenTransitionIsAConflictAndChangesNothing() {
		String number = open();
		api.post("operatore", path(number, "closure"), Map.of("resolution", "fatto"));

		Response refused = api.post("operatore", path(number, "escalation"), Map.of("target", "BACK_OFFICE", "note", "?"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("detail")).contains(number).contains("Chiuso").contains("Escala al back office");
		assertThat(api.get("operatore", "/api/v1/tickets/" + number).text("state")).isEqualTo("CLOSED");
	}

	@Test
	void actionOfAnotherRoleIsForbidden() {
		String number = open();
		api.post("operatore", path(number, "escalation"), Map.of("target", "BACK_OFFICE", "note", "?"));

		Response refused = api.post("operatore", path(number, "assignment"), Map.of("departmentCode", "AGRI"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text("detail")).contains("Assegna al dipartimento");
	}

	@Test
	void rolesWithoutTicketsCannotListThem() {
		assertThat(api.get("responsabile.agri-02", "/api/v1/tickets").status()).isEqualTo(403);
		assertThat(api.get("societa.informazione", "/api/v1/tickets").status()).isEqualTo(403);
		assertThat(api.get("responsabile", "/api/v1/tickets").status()).isEqualTo(200);
	}

	@Test
	void theListSaysWhetherAnotherPageFollowsAndCountsAllMatchesOnlyWhenAsked() {
		open();
		open();

		Response first = api.get("backoffice", "/api/v1/tickets?size=1");
		assertThat(first.body().path("content").size()).isOne();
		assertThat(first.body().path("page").path("hasNext").asBoolean()).isTrue();
		assertThat(first.body().path("page").has("totalElements")).isFalse();

		long total = api.get("backoffice", "/api/v1/tickets?size=1&withTotal=true").body().path("page")
			.path("totalElements").asLong();
		assertThat(total).isEqualTo(tickets());

		Response last = api.get("backoffice", "/api/v1/tickets?size=1&page=" + (total - 1));
		assertThat(last.body().path("content").size()).isOne();
		assertThat(last.body().path("page").path("number").asInt()).isEqualTo((int) total - 1);
		assertThat(last.body().path("page").path("hasNext").asBoolean()).isFalse();
		assertThat(api.get("backoffice", "/api/v1/tickets?size=1&page=" + total).body().path("content").size()).isZero();
	}

	@Test
	void departmentSupportListsOnlyItsDepartmentAndCannotActElsewhere() {
		String number = open();
		api.post("operatore", path(number, "escalation"),
				Map.of("target", "DEPARTMENT", "departmentCode", "SALU", "note", "Sanità"));

		Response agriList = api.get("supporto.agri", "/api/v1/tickets?size=200");
		agriList.body().path("content").forEach(t -> assertThat(t.path("department").path("code").asString()).isEqualTo("AGRI"));
		assertThat(agriList.body().path("content").toString()).doesNotContain(number);
		assertThat(api.get("supporto.agri", "/api/v1/tickets?department=SALU").body().path("content").size()).isZero();
		assertThat(api.post("supporto.agri", path(number, "closure"), Map.of("resolution", "x")).status()).isEqualTo(404);
		assertThat(api.get("urp.salu", "/api/v1/tickets/" + number).status()).isEqualTo(200);
	}

	@Test
	void retryWithTheSameIdempotencyKeyReturnsTheSameTicketAndCreatesNothing() {
		Map<String, String> key = Map.of("Idempotency-Key", "retry-42");
		Response first = api.post("operatore", "/api/v1/tickets", newTicket("Idempotente", FISCAL_CODE), key);
		long after = tickets();

		Response retry = api.post("operatore", "/api/v1/tickets", newTicket("Idempotente", FISCAL_CODE), key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.text("number")).isEqualTo(first.text("number"));
		assertThat(tickets()).isEqualTo(after);
		Response otherBody = api.post("operatore", "/api/v1/tickets", newTicket("Un'altra cosa", FISCAL_CODE), key);
		assertThat(otherBody.status()).isEqualTo(422);
		assertThat(tickets()).isEqualTo(after);
	}

	@Test
	void concurrentRetriesWithOneKeyCreateOneTicket() throws Exception {
		Map<String, String> key = Map.of("Idempotency-Key", "concurrent-7");
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Callable<Response>> calls = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			calls.add(() -> api.post("operatore", "/api/v1/tickets", newTicket("Concorrente", FISCAL_CODE), key));
		}
		List<String> numbers = new ArrayList<>();
		for (Future<Response> f : pool.invokeAll(calls)) {
			numbers.add(f.get().text("number"));
		}
		pool.shutdown();

		assertThat(numbers).doesNotContainNull().allMatch(n -> n.equals(numbers.get(0)));
		assertThat(jdbc.queryForObject("select count(*) from ticket where subject = 'Concorrente'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void operatorsOpeningForTheSameNewCallerAtOnceAllSucceedWithOneCitizenRecord() throws Exception {
		// The citizen is looked up and registered in the opening's own transaction: the openings that lose
		// the race on the fiscal code fail on the unique key, are retried, and find the winner's record.
		String fiscalCode = "BNCLGU75C12H703Y";
		jdbc.update("delete from ticket_history where ticket_id in (select t.id from ticket t join citizen c on c.id = t.citizen_id where c.fiscal_code = ?)", fiscalCode);
		jdbc.update("delete from ticket where citizen_id in (select id from citizen where fiscal_code = ?)", fiscalCode);
		jdbc.update("delete from citizen where fiscal_code = ?", fiscalCode);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Callable<Response>> calls = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String user = i % 2 == 0 ? "operatore" : "operatore2";
			calls.add(() -> api.post(user, "/api/v1/tickets", newTicket("Stesso cittadino nuovo", fiscalCode)));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Response> f : pool.invokeAll(calls)) {
			statuses.add(f.get().status());
		}
		pool.shutdown();

		assertThat(statuses).containsOnly(201).hasSize(6);
		assertThat(jdbc.queryForObject("select count(*) from citizen where fiscal_code = ?", Long.class, fiscalCode))
			.isOne();
		assertThat(jdbc.queryForObject("""
				select count(*) from ticket t join citizen c on c.id = t.citizen_id
				where c.fiscal_code = ? and t.subject = 'Stesso cittadino nuovo'""", Long.class, fiscalCode))
			.isEqualTo(6);
	}

	@Test
	void staleIfMatchIsRefusedAndTheCurrentVersionIsReported() {
		String number = open();
		Response read = api.get("operatore", "/api/v1/tickets/" + number);
		String etag = read.etag();
		api.post("operatore2", path(number, "notes"), Map.of("note", "Richiamato"));

		Response stale = api.post("operatore", path(number, "closure"), Map.of("resolution", "risposta"),
				Map.of("If-Match", etag));

		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.text("detail")).contains("modificato da un altro operatore");
		Response fresh = api.get("operatore", "/api/v1/tickets/" + number);
		assertThat(fresh.text("state")).isEqualTo("OPEN");
		assertThat(api.post("operatore", path(number, "closure"), Map.of("resolution", "risposta"),
				Map.of("If-Match", fresh.etag())).status()).isEqualTo(200);
	}

	@Test
	void problemDetailsSpeakEnglishWhenAsked() {
		Response response = api.call(HttpMethod.GET, "operatore", "/api/v1/tickets/2026-999999", null,
				Map.of("Accept-Language", "en"));

		assertThat(response.text("detail")).isEqualTo("Ticket 2026-999999 does not exist or is outside your scope.");
	}

	@Test
	void searchFiltersByCitizenStateAndCategory() {
		String number = open();

		assertThat(api.get("operatore", "/api/v1/tickets?citizen=Pace&state=OPEN&category=INFORMAZIONI")
			.body()
			.path("content")
			.toString()).contains(number);
		assertThat(api.get("operatore", "/api/v1/tickets?citizen=" + FISCAL_CODE).body().path("content").toString())
			.contains(number);
		assertThat(api.get("operatore", "/api/v1/tickets?state=NONSENSE").status()).isEqualTo(400);
		assertThat(api.get("operatore", "/api/v1/tickets?size=1000").status()).isEqualTo(400);
	}

	@Test
	void aTicketWhoseCitizenRecordWasErasedStaysReadableWithoutPersonalData() {
		String number = open();
		long citizenId = api.get("operatore", "/api/v1/tickets/" + number).body().path("citizen").path("id").asLong();
		// The citizens module's table, erased behind ticketing's back (as a privacy erasure would).
		jdbc.update("update ticket set citizen_id = ? where number = ?", citizenId + 1_000_000, number);

		Response read = api.get("operatore", "/api/v1/tickets/" + number);

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().path("citizen").path("displayName").asString()).isEqualTo("–");
		assertThat(read.body().path("citizen").path("fiscalCode").isNull()).isTrue();
	}

	private String open() {
		Response opened = api.post("operatore", "/api/v1/tickets", newTicket("Richiesta di prova", FISCAL_CODE));
		assertThat(opened.status()).isEqualTo(201);
		return opened.text("number");
	}

	private long tickets() {
		return jdbc.queryForObject("select count(*) from ticket", Long.class);
	}

}
