package it.sportello.identity;

import java.util.Collection;

/**
 * Records every access to a citizen's personal data (who, when, what, why) in an append-only log.
 * Nothing personal goes into the application log; the audit trail is the place for it.
 * <p>
 * An access is stored before the caller can show what it read: outside a transaction, {@code record} returns
 * once the entry is committed; inside one, the entry is written when the transaction commits (a rolled-back
 * change leaves no entry) and the commit returns once it is stored. Concurrent requests share one insert and one
 * commit. When entries cannot be stored in time, the call (or the commit) fails with a 503 refusal, so that
 * nothing is shown unaudited. Record the rows of a list with one {@link #recordAll} call: outside a transaction
 * each {@code record} waits for its own commit.
 */
public interface AccessAudit {

	/**
	 * @param who the staff member reading or changing the data
	 * @param action what was done, e.g. {@code READ}, {@code CREATE}, {@code UPDATE}, {@code SEARCH}
	 * @param subjectType e.g. {@code CITIZEN}, {@code TICKET}
	 * @param subjectId identifier of the record (citizen id, ticket number); for a search, the query kind
	 */
	void record(StaffMember who, String action, String subjectType, String subjectId);

	/** One entry per record, the same access to each (the rows of a list), stored together. */
	void recordAll(StaffMember who, String action, String subjectType, Collection<String> subjectIds);

	/** Returns when every entry recorded (and committed) before this call is stored. */
	void flush();

}
