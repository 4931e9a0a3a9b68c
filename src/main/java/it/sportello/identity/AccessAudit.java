package it.sportello.identity;

/**
 * Records every access to a citizen's personal data (who, when, what, why) in an append-only log.
 * Nothing personal goes into the application log; the audit trail is the place for it.
 */
public interface AccessAudit {

	/**
	 * @param who the staff member reading or changing the data
	 * @param action what was done, e.g. {@code READ}, {@code CREATE}, {@code UPDATE}, {@code SEARCH}
	 * @param subjectType e.g. {@code CITIZEN}, {@code TICKET}
	 * @param subjectId identifier of the record (citizen id, ticket number); for a search, the query kind
	 */
	void record(StaffMember who, String action, String subjectType, String subjectId);

}
