package it.sportello.citizens;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads identity's access_audit table, to check what the registry recorded. */
final class AccessAuditRows {

	private final JdbcTemplate jdbc;

	AccessAuditRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	int count(String username, String action, String subjectId) {
		Integer count = jdbc.queryForObject("""
				select count(*) from access_audit
				where username = ? and action = ? and subject_type = 'CITIZEN' and subject_id = ?""", Integer.class,
				username, action, subjectId);
		return count == null ? 0 : count;
	}

	int count(String action) {
		Integer count = jdbc.queryForObject(
				"select count(*) from access_audit where action = ? and subject_type = 'CITIZEN'", Integer.class, action);
		return count == null ? 0 : count;
	}

}
