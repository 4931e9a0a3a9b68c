package it.sportello.identity;

import java.time.Duration;
import java.util.stream.IntStream;

import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
	void theWriterStoresEntriesInTheBackgroundWithoutBeingAsked() {
		IntStream.range(0, 1200).forEach(i -> audit.record(OPERATOR, "READ", "CITIZEN", "audit-background"));

		await().atMost(Duration.ofSeconds(10)).until(() -> count("audit-background") >= 1200);
		// More than one batch (500 a batch), none lost, none twice.
		assertThat(count("audit-background")).isEqualTo(1200);
	}

	private int count(String subjectId) {
		return jdbc.queryForObject("select count(*) from access_audit where subject_id = ?", Integer.class, subjectId);
	}

}
