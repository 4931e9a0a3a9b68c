package it.sportello.identity.audit;

import java.time.Instant;

/** One row of the access audit, cut to its columns' sizes. */
record AuditEntry(Instant occurredAt, String username, String action, String subjectType, String subjectId) {

	static AuditEntry of(Instant occurredAt, String username, String action, String subjectType, String subjectId) {
		return new AuditEntry(occurredAt, cut(username, 64), cut(action, 32), cut(subjectType, 32), cut(subjectId, 255));
	}

	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
