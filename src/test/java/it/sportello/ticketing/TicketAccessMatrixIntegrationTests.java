package it.sportello.ticketing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import it.sportello.support.Api;
import it.sportello.support.Api.Response;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static it.sportello.ticketing.TicketFlowIntegrationTests.FISCAL_CODE;
import static it.sportello.ticketing.TicketFlowIntegrationTests.newTicket;
import static it.sportello.ticketing.TicketFlowIntegrationTests.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role × each action, on a fresh ticket in the state the action starts from (assigned to AGRI
 * where a department holds it). Expected: 200 for who may act; for the others 404 if they may not even
 * see the ticket (department scope, roles without tickets), 409 if their role takes this action at
 * another level, 403 otherwise.
 */
@SportelloIntegrationTest
class TicketAccessMatrixIntegrationTests {

	@LocalServerPort
	int port;

	/** Who may see a ticket: every ticket, or only those of their own department (AGRI here). */
	static final Set<String> SEE_ALL = Set.of("operatore", "backoffice", "responsabile", "admin");

	static final Set<String> AGRI = Set.of("supporto.agri", "urp.agri");

	static final List<String> USERS = List.of("operatore", "backoffice", "supporto.agri", "supporto.salu", "urp.agri",
			"responsabile", "admin", "responsabile.agri-02", "societa.informazione");

	enum Start {
		OPEN, OPEN_WITH_CLARIFICATION, ESCALATED, ASSIGNED, WAITING, CLOSED_BY_AGRI
	}

	/**
	 * @param roleUsers users whose role has this action somewhere in the workflow
	 * @param allowed users who may take it from this start
	 */
	record Case(String action, Start start, String endpoint, Map<String, Object> body, Set<String> roleUsers,
			Set<String> allowed) {
	}

	static final Set<String> FL = Set.of("operatore");

	static final Set<String> BO = Set.of("backoffice");

	static final Set<String> DS = Set.of("supporto.agri", "supporto.salu");

	static Set<String> union(Set<String>... sets) {
		return Stream.of(sets).flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
	}

	static final List<Case> CASES = List.of(
			new Case("close at first level", Start.OPEN, "closure", Map.of("resolution", "r"), union(FL, BO, DS), FL),
			new Case("close at back office", Start.ESCALATED, "closure", Map.of("resolution", "r"), union(FL, BO, DS), BO),
			new Case("close at department", Start.ASSIGNED, "closure", Map.of("resolution", "r"), union(FL, BO, DS),
					Set.of("supporto.agri")),
			new Case("escalate to back office", Start.OPEN, "escalation", Map.of("target", "BACK_OFFICE", "note", "n"),
					FL, FL),
			new Case("escalate to department", Start.OPEN, "escalation",
					Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "n"), FL, FL),
			new Case("forward", Start.OPEN, "forwarding", Map.of("destination", "URP"), FL, FL),
			new Case("ask clarification", Start.OPEN, "clarifications", Map.of("question", "q"), FL, FL),
			new Case("answer clarification", Start.OPEN_WITH_CLARIFICATION, "clarifications/answer",
					Map.of("answer", "a"), BO, BO),
			new Case("assign", Start.ESCALATED, "assignment", Map.of("departmentCode", "AGRI"), BO, BO),
			new Case("remind", Start.ASSIGNED, "reminders", Map.of("note", "n"), BO, BO),
			new Case("relay answer", Start.ESCALATED, "relay", Map.of("answer", "a"), BO, BO),
			new Case("return to back office", Start.ASSIGNED, "return", Map.of("reason", "r"), DS,
					Set.of("supporto.agri")),
			new Case("record contact", Start.ASSIGNED, "contacts",
					Map.of("channel", "PHONE", "purpose", "GIVE_ANSWER", "outcome", "REACHED"), union(FL, BO, DS),
					Set.of("supporto.agri")),
			new Case("wait for citizen", Start.ASSIGNED, "waiting", Map.of(), DS, Set.of("supporto.agri")),
			new Case("resume", Start.WAITING, "resumption", Map.of(), DS, Set.of("supporto.agri")),
			new Case("flag common interest", Start.CLOSED_BY_AGRI, "common-interest", Map.of(), union(BO, DS),
					Set.of("supporto.agri", "backoffice")),
			new Case("reopen", Start.CLOSED_BY_AGRI, "reopening", Map.of("reason", "r"), union(FL, BO), union(FL, BO)),
			new Case("add note", Start.ASSIGNED, "notes", Map.of("note", "n"), union(FL, BO, DS, Set.of("urp.agri")),
					union(FL, BO, Set.of("supporto.agri", "urp.agri"))));

	@Autowired
	JdbcTemplate jdbc;

	/** Who opens tickets: first level and back office; for every other role a 403 that names no citizen, and nothing stored. */
	@TestFactory
	Stream<DynamicTest> onlyTheDesksThatTakeRequestsOpenTickets() {
		Api api = new Api(port);
		return USERS.stream().map(user -> {
			boolean opens = user.equals("operatore") || user.equals("backoffice");
			return DynamicTest.dynamicTest(user + (opens ? " opens a ticket" : " may not open a ticket"), () -> {
				long before = tickets();
				Response response = api.post(user, "/api/v1/tickets", newTicket("Chi apre", FISCAL_CODE));
				if (opens) {
					assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
					assertThat(tickets()).isEqualTo(before + 1);
				}
				else {
					assertThat(response.status()).as(response.body().toString()).isEqualTo(403);
					assertThat(response.body().toString()).doesNotContain(FISCAL_CODE).doesNotContain("citizen");
					assertThat(tickets()).isEqualTo(before);
				}
			});
		});
	}

	private long tickets() {
		return jdbc.queryForObject("select count(*) from ticket", Long.class);
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsTheAnswerTheWorkflowPromisesForEveryAction() {
		Api api = new Api(port);
		List<DynamicTest> tests = new ArrayList<>();
		for (Case c : CASES) {
			for (String user : USERS) {
				int expected = expected(c, user);
				tests.add(DynamicTest.dynamicTest(c.action() + " by " + user + " answers " + expected, () -> {
					String number = ticketIn(api, c.start());
					Response response = api.post(user, path(number, c.endpoint()), c.body());
					assertThat(response.status()).as(response.body().toString()).isEqualTo(expected);
				}));
			}
		}
		return tests.stream();
	}

	static int expected(Case c, String user) {
		if (c.allowed().contains(user)) {
			return 200;
		}
		boolean atDepartment = c.start() == Start.ASSIGNED || c.start() == Start.WAITING
				|| c.start() == Start.CLOSED_BY_AGRI;
		boolean sees = SEE_ALL.contains(user) || (atDepartment && AGRI.contains(user));
		if (!sees) {
			return 404;
		}
		return c.roleUsers().contains(user) ? 409 : 403;
	}

	static String ticketIn(Api api, Start start) {
		String number = api.post("operatore", "/api/v1/tickets", newTicket("Matrice accessi", FISCAL_CODE))
			.text("number");
		Function<String, String> p = action -> path(number, action);
		switch (start) {
			case OPEN -> {
			}
			case OPEN_WITH_CLARIFICATION -> api.post("operatore", p.apply("clarifications"), Map.of("question", "?"));
			case ESCALATED -> api.post("operatore", p.apply("escalation"), Map.of("target", "BACK_OFFICE", "note", "n"));
			case ASSIGNED, WAITING, CLOSED_BY_AGRI -> {
				api.post("operatore", p.apply("escalation"),
						Map.of("target", "DEPARTMENT", "departmentCode", "AGRI", "note", "n"));
				if (start == Start.WAITING) {
					api.post("supporto.agri", p.apply("waiting"), Map.of());
				}
				if (start == Start.CLOSED_BY_AGRI) {
					api.post("supporto.agri", p.apply("closure"), Map.of("resolution", "r"));
				}
			}
		}
		return number;
	}

}
