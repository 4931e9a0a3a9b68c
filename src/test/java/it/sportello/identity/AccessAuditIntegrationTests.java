package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
		assertThat(jdbc.queryForMap("select username, action, subject_type, occurred_at from access_audit where subject_id = ?",
				"audit-1"))
			.containsEntry("username", "operatore")
			.containsEntry("action", "READ")
			.containsEntry("subject_type", "CITIZEN")
			.extractingByKey("occurred_at")
			.isNotNull();
	}

	@Test
	void auditRowIsPartOfTheCallersTransaction() {
		transactions.executeWithoutResult(status -> {
			audit.record(OPERATOR, "UPDATE", "CITIZEN", "audit-rolled-back");
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult(status -> audit.record(OPERATOR, "UPDATE", "CITIZEN", "audit-committed"));

		assertThat(count("audit-rolled-back")).isZero();
		assertThat(count("audit-committed")).isOne();
	}

	private int count(String subjectId) {
		return jdbc.queryForObject("select count(*) from access_audit where subject_id = ?", Integer.class, subjectId);
	}

}
