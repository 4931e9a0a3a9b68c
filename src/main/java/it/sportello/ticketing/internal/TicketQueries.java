package it.sportello.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import it.sportello.citizens.CitizenView;
import it.sportello.citizens.Citizens;
import it.sportello.identity.StaffMember;
import it.sportello.organization.DepartmentView;
import it.sportello.organization.Departments;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.NotFoundException;
import it.sportello.ticketing.TicketNumber;
import it.sportello.ticketing.TicketState;
import it.sportello.ticketing.internal.TicketSummary.CitizenRef;
import it.sportello.ticketing.internal.TicketSummary.CodeAndName;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static it.sportello.identity.Role.ADMIN;
import static it.sportello.identity.Role.BACK_OFFICE;
import static it.sportello.identity.Role.DEPARTMENT_SUPPORT;
import static it.sportello.identity.Role.FIRST_LEVEL;
import static it.sportello.identity.Role.MANAGER;
import static it.sportello.identity.Role.URP;

/** Reading tickets: detail, search, a citizen's history and the work queues, always within the viewer's scope. */
@Service
public class TicketQueries {

	/**
	 * At most this many citizens matched by a search's citizen text; a broader text (a common surname alone,
	 * say) is refused with a request to narrow it, rather than silently missing tickets.
	 */
	static final int MAX_CITIZENS = 1000;

	private final HistoryRepository history;

	private final CategoryCatalog categories;

	private final Citizens citizens;

	private final Departments departments;

	private final Clock clock;

	private final TicketListing listing;

	private final TicketReading reading;

	private final TicketRepository tickets;

	TicketQueries(HistoryRepository history, CategoryCatalog categories, Citizens citizens, Departments departments,
			Clock clock, TicketListing listing, TicketReading reading, TicketRepository tickets) {
		this.tickets = tickets;
		this.listing = listing;
		this.reading = reading;
		this.history = history;
		this.categories = categories;
		this.citizens = citizens;
		this.departments = departments;
		this.clock = clock;
	}

	/**
	 * One ticket with its citizen and timeline; 404 when it does not exist or is outside the viewer's scope.
	 * No transaction: the ticket with its timeline is one statement, the citizen's record another (whose
	 * read the citizens' module audits).
	 */
	public TicketDetails get(String number, StaffMember by) {
		TicketReading.Snapshot snapshot = visibleSnapshot(number, by);
		Ticket ticket = snapshot.ticket();
		CitizenView citizen = citizens.find(ticket.citizenId(), by).orElseGet(() -> erased(ticket.citizenId()));
		return describe(ticket, citizen, snapshot.timeline(), by);
	}

	/**
	 * Whether the ticket still waits for the back office's clarification (S-TT2): what the operator's page asks
	 * while the caller holds. Reads the ticket only, not the citizen's record, so a poll is not a record access.
	 */
	public boolean awaitsClarification(String number, StaffMember by) {
		return visibleSnapshot(number, by).ticket().clarificationPending();
	}

	/** The ticket and its timeline, if {@code by} may see it; 404 otherwise, so numbers cannot be probed. */
	private TicketReading.Snapshot visibleSnapshot(String number, StaffMember by) {
		requireTicketReader(by);
		if (!TicketNumber.isWellFormed(number)) {
			throw new NotFoundException("ticket.not-found", number);
		}
		return reading.find(number)
			.filter(found -> found.ticket().isVisibleTo(by))
			.orElseThrow(() -> new NotFoundException("ticket.not-found", number));
	}

	@Transactional(readOnly = true)
	public TicketDetails details(Ticket ticket, StaffMember by) {
		return details(ticket, citizens.find(ticket.citizenId(), by).orElseGet(() -> erased(ticket.citizenId())), by);
	}

	/**
	 * A ticket outlives its citizen's record (erased on request, say): it stays readable, without the
	 * personal data, rather than failing.
	 */
	private static CitizenView erased(long citizenId) {
		return new CitizenView(citizenId, it.sportello.citizens.CitizenKind.PERSON, "–", null, null, null, null, null,
				null, null);
	}

	/** The details with the ticket's citizen already in hand (read and audited by the caller). */
	@Transactional(readOnly = true)
	public TicketDetails details(Ticket ticket, CitizenView citizen, StaffMember by) {
		return details(ticket, citizen, this.history.findByTicketIdOrderByOccurredAtAscIdAsc(ticket.id()), by);
	}

	/** The details with the citizen and the whole timeline in hand (a ticket just created, say). */
	TicketDetails details(Ticket ticket, CitizenView citizen, List<HistoryEntry> timeline, StaffMember by) {
		return describe(ticket, citizen, timeline.stream().map(TicketQueries::event).toList(), by);
	}

	private static TicketDetails.Event event(HistoryEntry h) {
		return new TicketDetails.Event(h.occurredAt(), h.actor(), h.actorName(), h.action(), h.fromState(), h.toState(),
				h.departmentCode(), h.note(), h.contactChannel() == null ? null
						: new TicketDetails.ContactRecord(h.contactChannel(), h.contactPurpose(), h.contactOutcome()));
	}

	private TicketDetails describe(Ticket ticket, CitizenView citizen, List<TicketDetails.Event> history,
			StaffMember by) {
		Instant now = clock.instant();
		List<TicketAction> allowed = Arrays.stream(TicketAction.values()).filter(a -> ticket.allows(a, by)).toList();
		return new TicketDetails(ticket.number().value(), ticket.version(), ticket.state(), ticket.level(),
				ticket.channel(), category(ticket.categoryCode()), ticket.subject(), ticket.description(), citizen,
				department(ticket.departmentCode(), departmentNames()), ticket.openedBy(), ticket.openedAt(),
				ticket.updatedAt(), ticket.dueAt(), ticket.isOverdue(now), ticket.waitingSince(),
				ticket.reminderCount(), ticket.lastRemindedAt(), ticket.clarificationPending(), ticket.openQuestion(),
				ticket.closedAt(),
				ticket.closedBy(), ticket.resolution(), ticket.resolvedAtLevel(), ticket.forwardedTo(),
				ticket.commonInterest(), allowed, List.copyOf(history), ticket.quotedItems());
	}

	/**
	 * The ticket search (S-TT2 operators, back office, departments), newest first unless asked otherwise.
	 * Lists run in no transaction: each statement takes a connection and gives it back at once (a scope
	 * holding one while the citizens' module opened its own transaction would need two per request).
	 */
	public Page<TicketSummary> search(TicketSearch search, Pageable pageable, StaffMember by) {
		requireTicketReader(by);
		TicketListing.Filter filter = filter(search, by);
		List<TicketListing.Row> rows = listing.rows(filter, pageable.getSort(), pageable.getOffset(),
				pageable.getPageSize());
		auditCitizensShown(rows, by);
		// The count only when the page does not already tell it (as Spring Data's own pages do).
		return PageableExecutionUtils.getPage(summaries(rows), pageable, () -> listing.count(filter));
	}

	/**
	 * Every list shows citizens by name beside the subject of their request (searches, the queues, a citizen's
	 * tickets): each citizen shown is recorded once per list, as the citizens' own look-up records its results. The
	 * audit is batched, so a page of 20 rows adds 20 entries to a queue, not 20 inserts to the request.
	 */
	private void auditCitizensShown(List<TicketListing.Row> rows, StaffMember by) {
		if (!rows.isEmpty()) {
			citizens.recordShownInSearch(rows.stream().map(TicketListing.Row::citizenId).distinct().toList(), by);
		}
	}

	private TicketListing.Filter filter(TicketSearch search, StaffMember by) {
		return new TicketListing.Filter(search, citizenIds(search, by), by, clock.instant(), clock.getZone());
	}

	private @Nullable Collection<Long> citizenIds(TicketSearch search, StaffMember by) {
		if (search.citizen() == null || search.citizen().isBlank()) {
			return null;
		}
		return citizens.idsMatching(search.citizen(), MAX_CITIZENS, by);
	}

	/**
	 * The API's list: one page and whether another follows, without counting every match (a count over
	 * a large table costs more than the page itself); the total only when asked for. A single statement
	 * in no transaction: nothing to begin or commit.
	 */
	public TicketPage list(TicketSearch search, Pageable pageable, boolean withTotal, StaffMember by) {
		if (withTotal) {
			Page<TicketSummary> page = search(search, pageable, by);
			return new TicketPage(page.getContent(),
					new TicketPage.PageInfo(page.getNumber(), page.getSize(), page.hasNext(), page.getTotalElements()));
		}
		requireTicketReader(by);
		// One row more than the page tells whether another page follows.
		List<TicketListing.Row> rows = listing.rows(filter(search, by), pageable.getSort(), pageable.getOffset(),
				pageable.getPageSize() + 1);
		boolean hasNext = rows.size() > pageable.getPageSize();
		List<TicketListing.Row> shown = hasNext ? rows.subList(0, pageable.getPageSize()) : rows;
		auditCitizensShown(shown, by);
		return new TicketPage(summaries(shown),
				new TicketPage.PageInfo(pageable.getPageNumber(), pageable.getPageSize(), hasNext, null));
	}

	/** How many of a citizen's tickets are shown beside a call; the search page lists them all. */
	public static final int CITIZEN_HISTORY = 20;

	/** S-Q1: the citizen's latest tickets (at most {@link #CITIZEN_HISTORY}), shown to whoever answers them next. */
	public List<TicketSummary> ofCitizen(long citizenId, StaffMember by) {
		requireTicketReader(by);
		return search(new TicketSearch(null, null, citizenId, null, null, null, null, null, null, null, null, null),
				PageRequest.of(0, CITIZEN_HISTORY), by)
			.getContent();
	}

	/** Back office: escalated tickets and pending clarifications (oldest first), then departments' tickets by deadline (overdue first). */
	public BackOfficeQueue backOfficeQueue(StaffMember by) {
		requireTicketReader(by);
		Sort oldestFirst = Sort.by("openedAt");
		List<TicketSummary> escalated = list(filter(TicketState.ESCALATED, null), oldestFirst, by);
		List<TicketSummary> clarifications = list(
				new TicketSearch(null, null, null, TicketState.OPEN, null, null, null, null, null, null, true, null),
				oldestFirst, by);
		List<TicketSummary> atDepartments = list(filter(TicketState.ASSIGNED, null), Sort.by("dueAt"), by);
		List<TicketSummary> waiting = list(filter(TicketState.WAITING_FOR_CITIZEN, null), Sort.by("waitingSince"), by);
		return new BackOfficeQueue(escalated, clarifications, atDepartments, waiting,
				openQuestions(escalated, clarifications));
	}

	private Map<String, String> openQuestions(List<TicketSummary> escalated, List<TicketSummary> clarifications) {
		List<String> numbers = new ArrayList<>();
		escalated.forEach(t -> numbers.add(t.number()));
		clarifications.forEach(t -> numbers.add(t.number()));
		if (numbers.isEmpty()) {
			return Map.of();
		}
		Map<String, String> questions = new HashMap<>();
		tickets.findOpenQuestions(numbers).forEach(row -> questions.put((String) row[0], (String) row[1]));
		return questions;
	}

	/** A department's support: its tickets by deadline, overdue first, and those waiting for the citizen. */
	public DepartmentQueue departmentQueue(StaffMember by, @Nullable String department) {
		requireTicketReader(by);
		String code = by.role().isDepartmentScoped() ? by.departmentCode() : department;
		List<TicketSummary> assigned = list(filter(TicketState.ASSIGNED, code), Sort.by("dueAt"), by);
		List<TicketSummary> waiting = list(filter(TicketState.WAITING_FOR_CITIZEN, code), Sort.by("waitingSince"), by);
		return new DepartmentQueue(code, assigned, waiting);
	}

	/** First level: tickets with an answer relayed by the back office, to be given to the citizen. */
	public List<TicketSummary> relayedAnswers(StaffMember by) {
		return list(filter(TicketState.ANSWER_RELAYED, null), Sort.by("updatedAt"), by);
	}

	/**
	 * @param questions by ticket number, the clarification questions not answered yet, whole: those pending and those
	 * an escalation carried to the back office
	 */
	public record BackOfficeQueue(List<TicketSummary> escalated, List<TicketSummary> clarifications,
			List<TicketSummary> atDepartments, List<TicketSummary> waiting, Map<String, String> questions) {
	}

	public record DepartmentQueue(@Nullable String department, List<TicketSummary> assigned,
			List<TicketSummary> waiting) {
	}

	private static TicketSearch filter(TicketState state, @Nullable String department) {
		return new TicketSearch(null, null, null, state, null, department, null, null, null, null, null, null);
	}

	private List<TicketSummary> list(TicketSearch search, Sort sort, StaffMember by) {
		return search(search, PageRequest.of(0, 200, sort), by).getContent();
	}

	private List<TicketSummary> summaries(List<TicketListing.Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		Set<Long> citizenIds = new HashSet<>();
		for (TicketListing.Row row : rows) {
			citizenIds.add(row.citizenId());
		}
		Map<Long, String> names = citizens.displayNames(citizenIds);
		Map<String, String> departmentNames = departmentNames();
		List<TicketSummary> summaries = new ArrayList<>(rows.size());
		for (TicketListing.Row t : rows) {
			summaries.add(new TicketSummary(t.number(), t.state(), t.level(), t.channel(), category(t.categoryCode()),
					t.subject(), new CitizenRef(t.citizenId(), names.getOrDefault(t.citizenId(), "")),
					department(t.departmentCode(), departmentNames), t.openedAt(), t.updatedAt(), t.dueAt(),
					t.isOverdue(now), t.reminderCount(), t.clarificationPending()));
		}
		return summaries;
	}

	private CodeAndName category(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		return categories.find(code)
			.map(c -> new CodeAndName(c.code(), c.label(locale)))
			.orElse(new CodeAndName(code, code));
	}

	private Map<String, String> departmentNames() {
		return departments.all()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::shortName, (a, b) -> a));
	}

	private static @Nullable CodeAndName department(@Nullable String code, Map<String, String> names) {
		return code == null ? null : new CodeAndName(code, names.getOrDefault(code, code));
	}

	private static void requireTicketReader(StaffMember by) {
		if (!by.is(FIRST_LEVEL, BACK_OFFICE, DEPARTMENT_SUPPORT, URP, MANAGER, ADMIN)) {
			throw new ForbiddenException("ticket.role-cannot-read");
		}
	}


}
