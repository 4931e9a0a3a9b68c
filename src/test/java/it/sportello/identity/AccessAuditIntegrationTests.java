package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SportelloIntegrationTest
class AccessAuditIntegrationTests {

	static final StaffMember OPERATOR = new StaffMember("operatore", "Claudio Rossi", Role.FIRST_LEVEL, null, null);

	@Autowired
	AccessAudit audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void recordsWhoDidWhatToWhichRecordAndWhen() {
		audit.record(OPERATOR, "READ", "CITIZEN", "audit-1");
		audit.flush();
		assertThat(jdbc.queryForMap("select username, action, subject_type, occurred_at from access_audit where subject_id = ?",
				"audit-1"))
			.containsEntry("username", "operatore")
			.containsEntry("action", "READ")
			.containsEntry("subject_type", "CITIZEN")
			.extractingByKey("occurred_at")
			.isNotNull();
	}

	@Test
	void anAccessIsRecordedOnlyWhenItsTransactionCommits() {
		transactions.executeWithoutResult(status -> {
			audit.record(OPERATOR, "UPDATE", "CITIZEN", "audit-rolled-back");
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult(status -> {
			audit.record(OPERATOR, "UPDATE", "CITIZEN", "audit-committed");
			// Not before the commit: a transaction that fails later must leave no entry.
			audit.flush();
			assertThat(count("audit-committed")).isZero();
		});
		audit.flush();

		assertThat(count("audit-rolled-back")).isZero();
		assertThat(count("audit-committed")).isOne();
	}

	@Test
	void entriesRecordedByManyThreadsAtOnceAreEachStoredOnceWhenRecordReturns() throws Exception {
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(12);
		java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
		IntStream.range(0, 1200)
			.forEach(i -> done.add(threads.submit(() -> audit.record(OPERATOR, "READ", "CITIZEN", "audit-concurrent"))));
		for (java.util.concurrent.Future<?> recorded : done) {
			recorded.get();
		}
		threads.shutdown();

		// More than one batch (500 a batch), none lost, none twice, none still waiting.
		assertThat(count("audit-concurrent")).isEqualTo(1200);
	}

	@Test
	void theRowsOfAListAreStoredTogether() {
		audit.recordAll(OPERATOR, "SEARCH_RESULT", "CITIZEN", java.util.List.of("audit-list-1", "audit-list-2"));

		assertThat(count("audit-list-1") + count("audit-list-2")).isEqualTo(2);
	}

	private int count(String subjectId) {
		return jdbc.queryForObject("select count(*) from access_audit where subject_id = ?", Integer.class, subjectId);
	}

}
