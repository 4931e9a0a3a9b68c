package it.sportello.identity;

/**
 * Records every access to a citizen's personal data (who, when, what, why) in an append-only log.
 * Nothing personal goes into the application log; the audit trail is the place for it.
 * <p>
 * An access made inside a transaction is recorded when that transaction commits (a rolled-back change
 * leaves no entry); entries are written in batches off the request thread, within moments, and all of
 * them before the application stops. {@link #flush()} waits until what was recorded so far is stored.
 */
public interface AccessAudit {

	/**
	 * @param who the staff member reading or changing the data
	 * @param action what was done, e.g. {@code READ}, {@code CREATE}, {@code UPDATE}, {@code SEARCH}
	 * @param subjectType e.g. {@code CITIZEN}, {@code TICKET}
	 * @param subjectId identifier of the record (citizen id, ticket number); for a search, the query kind
	 */
	void record(StaffMember who, String action, String subjectType, String subjectId);

	/** Stores every entry recorded (and committed) before this call, and returns when they are written. */
	void flush();

}
