package it.sportello.citizens.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.CitizenView;
import it.sportello.citizens.Citizens;
import it.sportello.citizens.ContactDetails;
import it.sportello.identity.AccessAudit;
import it.sportello.identity.StaffMember;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link Citizens} registry. Every read and write of personal data leaves an entry in the access
 * audit; nothing personal goes to the application log.
 */
@Service
@EnableConfigurationProperties(CitizensProperties.class)
class CitizenRegistry implements Citizens {

	static final String SUBJECT = "CITIZEN";

	/** Longer look-ups are not names, codes or numbers anyone types. */
	static final int MAX_LIMIT = 50;

	private final CitizenRepository citizens;

	private final CitizenSearch search;

	private final AccessAudit audit;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	/**
	 * Citizens' records by id, for reading tickets (each shows its citizen's record) and lists (each row its
	 * citizen's name). A record only changes by {@link Citizen#complete}, which fills in what was missing, and by
	 * {@link Citizen#correctContacts}: this node forgets the record when that transaction commits, other nodes when
	 * the entry expires. Never filled inside a transaction, whose reads may see changes that are not committed yet.
	 */
	private final Cache<Long, CitizenView> records;

	private final CitizenViews views;

	CitizenRegistry(CitizenRepository citizens, CitizenViews views, CitizenSearch search, AccessAudit audit, Clock clock,
			PlatformTransactionManager transactions, CitizensProperties properties) {
		this.records = Caffeine.newBuilder()
			.expireAfterWrite(properties.cacheTtl())
			.maximumSize(properties.cacheSize())
			.build();
		this.citizens = citizens;
		this.views = views;
		this.search = search;
		this.audit = audit;
		this.clock = clock;
		// identify() commits on its own: a unique-key clash with a concurrent identify must not poison the
		// caller's transaction (PostgreSQL aborts a transaction at its first failed statement), and the
		// retry has to see the other transaction's committed record.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public CitizenView identify(CitizenDetails details, StaffMember by) {
		ValidatedDetails validated = ValidatedDetails.of(details);
		try {
			return attemptIdentify(validated, by);
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException concurrentChange) {
			// Someone registered the same fiscal code (or completed the same record) between our look-up and
			// our write: look again, and theirs is the record we complete.
			return attemptIdentify(validated, by);
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public CitizenView identifyInTransaction(CitizenDetails details, StaffMember by) {
		return identifyHere(ValidatedDetails.of(details), by);
	}

	private CitizenView attemptIdentify(ValidatedDetails details, StaffMember by) {
		return Objects.requireNonNull(ownTransaction.execute(status -> identifyHere(details, by)));
	}

	/** Finds, completes or registers the citizen in the current transaction. */
	private CitizenView identifyHere(ValidatedDetails details, StaffMember by) {
		Optional<Citizen> known = findKnown(details);
		if (known.isPresent()) {
			Citizen citizen = known.get();
			boolean changed = citizen.complete(details, clock.instant());
			Citizen saved = changed ? citizens.saveAndFlush(citizen) : citizen;
			if (changed) {
				forgetOnCommit(saved.id());
			}
			audit.record(by, changed ? "UPDATE" : "READ", SUBJECT, String.valueOf(saved.id()));
			return saved.toView();
		}
		if (!details.hasName()) {
			throw new InvalidInputException("name", "citizen.name.required");
		}
		Citizen created = citizens.saveAndFlush(Citizen.register(details, clock.instant()));
		audit.record(by, "CREATE", SUBJECT, String.valueOf(created.id()));
		return created.toView();
	}

	/** By fiscal code (proof of identity), else by phone, else by e-mail, skipping records of someone else. */
	private Optional<Citizen> findKnown(ValidatedDetails details) {
		if (details.fiscalCode() != null) {
			Optional<Citizen> byCode = citizens.findByFiscalCode(details.fiscalCode());
			if (byCode.isPresent()) {
				return byCode;
			}
		}
		if (details.phone() != null) {
			Optional<Citizen> byPhone = firstNotSomeoneElse(citizens.findByPhoneOrderByIdAsc(details.phone()), details);
			if (byPhone.isPresent()) {
				return byPhone;
			}
		}
		if (details.email() != null) {
			return firstNotSomeoneElse(citizens.findByEmailOrderByIdAsc(details.email()), details);
		}
		return Optional.empty();
	}

	private static Optional<Citizen> firstNotSomeoneElse(List<Citizen> candidates, ValidatedDetails details) {
		return candidates.stream().filter(candidate -> !candidate.isSomeoneElseThan(details)).findFirst();
	}

	/**
	 * From memory when the record was read lately, else one plain query (no persistence context: a read
	 * changes nothing). Inside a transaction the query runs on the transaction's connection, and this registry
	 * writes every change at once (saveAndFlush), so it sees them. Every read is audited, remembered or not.
	 */
	@Override
	public Optional<CitizenView> find(long id, StaffMember by) {
		Optional<CitizenView> found = TransactionSynchronizationManager.isActualTransactionActive() ? views.find(id)
				: Optional.ofNullable(records.get(id, key -> views.find(key).orElse(null)));
		found.ifPresent(citizen -> audit.record(by, "READ", SUBJECT, String.valueOf(id)));
		return found;
	}

	@Override
	public List<CitizenView> search(String query, int limit, StaffMember by) {
		CitizenQuery parsed = parse(query, "q");
		if (parsed == null || limit < 1) {
			return List.of();
		}
		List<CitizenView> found = search.run(parsed, Math.min(limit, MAX_LIMIT)).stream().map(Citizen::toView).toList();
		// What was searched for (the kinds of key, not the text, which may itself be personal data), then each
		// record the searcher was shown: "who saw this citizen's data" must find look-ups as well as reads.
		audit.record(by, "SEARCH", SUBJECT, parsed.auditSubject());
		recordShownInSearch(found.stream().map(CitizenView::id).toList(), by);
		return found;
	}

	@Override
	@Transactional
	public CitizenView correctContacts(long id, ContactDetails contacts, StaffMember by) {
		if (!ContactDetails.mayBeCorrectedBy(by)) {
			throw new ForbiddenException("citizen.role-cannot-correct");
		}
		ValidatedDetails valid = ValidatedDetails.contacts(contacts);
		Citizen citizen = citizens.findById(id).orElseThrow(() -> new NotFoundException("citizen.not-found", id));
		boolean changed = citizen.correctContacts(valid.phone(), valid.email(), valid.preferredChannel(), clock.instant());
		if (changed) {
			citizen = citizens.saveAndFlush(citizen);
			forgetOnCommit(id);
		}
		audit.record(by, changed ? "UPDATE" : "READ", SUBJECT, String.valueOf(id));
		return citizen.toView();
	}

	@Override
	public void recordShownInSearch(Collection<Long> ids, StaffMember by) {
		audit.recordAll(by, "SEARCH_RESULT", SUBJECT, ids.stream().map(String::valueOf).toList());
	}

	@Override
	public List<Long> idsMatching(String query, int max, StaffMember by) {
		CitizenQuery parsed = parse(query, "citizen");
		if (parsed == null) {
			return List.of();
		}
		List<Long> ids = search.run(parsed, max + 1).stream().map(Citizen::id).toList();
		audit.record(by, "SEARCH", SUBJECT, parsed.auditSubject());
		if (ids.size() > max) {
			throw new InvalidInputException("citizen", "citizen.query.too-broad", max);
		}
		return ids;
	}

	/** What was typed, checked ({@code field} names it in the error); null when blank. */
	private static @Nullable CitizenQuery parse(String query, String field) {
		if (query.strip().length() > CitizenQuery.MAX_LENGTH) {
			throw new InvalidInputException(field, "citizen.query.too-long", CitizenQuery.MAX_LENGTH);
		}
		return query.isBlank() ? null : CitizenQuery.of(query);
	}

	@Override
	public boolean hasIdentifier(long citizenId, String proof) {
		// The citizen proves who they are; no staff member reads the record, so there is nothing to audit.
		return !proof.isBlank() && citizens.findById(citizenId).map(c -> c.isIdentifiedBy(proof)).orElse(false);
	}

	@Override
	public Map<Long, String> displayNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, CitizenView> found = TransactionSynchronizationManager.isActualTransactionActive() ? views.findAll(ids)
				: records.getAll(ids, views::findAll);
		return found.values().stream().collect(Collectors.toMap(CitizenView::id, CitizenView::displayName));
	}

	/** After the commit: forgotten earlier, a concurrent read could load and keep the old record again. */
	private void forgetOnCommit(long id) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					records.invalidate(id);
				}
			});
		}
		else {
			records.invalidate(id);
		}
	}

}
