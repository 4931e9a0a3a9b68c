package it.sportello.identity.audit;

import java.time.Clock;

import it.sportello.identity.AccessAudit;
import it.sportello.identity.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit row in the caller's transaction when there is one: if the access it records is
 * rolled back, so is the row, and a committed access always has its row.
 */
@Component
class JpaAccessAudit implements AccessAudit {

	private final AccessAuditEntries entries;

	private final Clock clock;

	JpaAccessAudit(AccessAuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(StaffMember who, String action, String subjectType, String subjectId) {
		entries.save(new AccessAuditEntry(clock.instant(), who.username(), cut(action, 32), cut(subjectType, 32),
				cut(subjectId, 255)));
	}

	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
