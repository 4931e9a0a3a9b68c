package it.sportello.support;

import it.sportello.identity.AccessAudit;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads identity's access_audit table, to check what the registry recorded (after the writer stored it). */
public final class AccessAuditRows {

	private final JdbcTemplate jdbc;

	private final AccessAudit audit;

	public AccessAuditRows(JdbcTemplate jdbc, AccessAudit audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public int count(String username, String action, String subjectId) {
		audit.flush();
		Integer count = jdbc.queryForObject("""
				select count(*) from access_audit
				where username = ? and action = ? and subject_type = 'CITIZEN' and subject_id = ?""", Integer.class,
				username, action, subjectId);
		return count == null ? 0 : count;
	}

	public int count(String action) {
		audit.flush();
		Integer count = jdbc.queryForObject(
				"select count(*) from access_audit where action = ? and subject_type = 'CITIZEN'", Integer.class, action);
		return count == null ? 0 : count;
	}

}
