package it.sportello.citizens;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.sportello.identity.StaffMember;

/** The citizen registry: one record per citizen, never duplicated; every access audited. */
public interface Citizens {

	/**
	 * Finds the citizen by fiscal code, then phone, then e-mail, and reuses it (filling in what it
	 * lacked); creates a new record only when none matches. Invalid fiscal codes, phones or e-mails are
	 * refused with an {@link it.sportello.shared.InvalidInputException} naming the field.
	 */
	CitizenView identify(CitizenDetails details, StaffMember by);

	/**
	 * {@link #identify} inside the caller's transaction (required), so that whatever the caller stores
	 * for the citizen — a ticket — commits with it in one transaction. Someone registering the same
	 * citizen at the same moment makes the caller's transaction fail with a
	 * {@link org.springframework.dao.DataIntegrityViolationException} (or an optimistic-locking failure):
	 * the caller retries in a new transaction, which finds their record.
	 */
	CitizenView identifyInTransaction(CitizenDetails details, StaffMember by);

	/**
	 * The record, audited as a read; kept in memory for a while like the names below (outside a transaction),
	 * so a record completed or corrected on another node shows here once its entry expires.
	 */
	Optional<CitizenView> find(long id, StaffMember by);

	/**
	 * Replaces the record's phone, e-mail and preferred channel with those the citizen gives now (the only way a
	 * known value changes: {@link #identify} only fills what is missing). For the desks that talk to citizens
	 * (first level, back office) and the administrator, 403 for others; audited as an update.
	 *
	 * @throws it.sportello.shared.NotFoundException when there is no such record
	 */
	CitizenView correctContacts(long id, ContactDetails contacts, StaffMember by);

	/** Look-up as the operator types: fiscal code, phone, e-mail or name (prefix), best matches first. */
	List<CitizenView> search(String query, int limit, StaffMember by);

	/**
	 * Records that a search showed these citizens to {@code by} (by name, in a list of their tickets found by a fiscal
	 * code or phone, say), as the look-up records its results: one {@code SEARCH_RESULT} audit entry each.
	 */
	void recordShownInSearch(Collection<Long> ids, StaffMember by);

	/**
	 * The ids of every citizen the query matches (as {@link #search}), for filtering other records by citizen:
	 * the search is audited here; the caller records the citizens it then shows ({@link #recordShownInSearch}).
	 * More than {@code max} matches is refused (400, asking for a narrower query), never cut silently.
	 */
	List<Long> idsMatching(String query, int max, StaffMember by);

	/**
	 * Whether {@code proof} — a fiscal code, phone number or e-mail as the citizen types it — is one of
	 * the citizen's own identifiers: how a citizen proves a ticket is theirs when following it (S-TT12).
	 */
	boolean hasIdentifier(long citizenId, String proof);

	/**
	 * Display names for lists (no other personal data, so not audited per row), from the records kept in
	 * memory for a while ({@code sportello.citizens.cache-ttl}, 10 minutes): a name completed on another node
	 * shows in lists there once its entry expires.
	 */
	Map<Long, String> displayNames(Collection<Long> ids);

}
