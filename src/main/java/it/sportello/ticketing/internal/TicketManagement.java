package it.sportello.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import it.sportello.citizens.CitizenView;
import it.sportello.citizens.Citizens;
import it.sportello.citizens.ContactDetails;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.organization.Departments;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import it.sportello.ticketing.OpenTicket;
import it.sportello.ticketing.QuotedItem;
import it.sportello.ticketing.TicketNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the ticket workflow: one transactional method per action. Each loads the ticket
 * the caller may see (404 otherwise, so numbers cannot be probed), checks the version the caller saw,
 * lets the ticket apply the rule and saves it, which publishes its events.
 */
@Service
@Transactional
public class TicketManagement {

	/**
	 * Who opens tickets: the desks that take citizens' requests (first level from calls, back office from
	 * letters, faxes and e-mails). Opening finds the citizen by fiscal code, phone or e-mail and answers with
	 * the record: any other role could use it to learn who owns a fiscal code or a phone number.
	 */
	static final Set<Role> OPENERS = EnumSet.of(Role.FIRST_LEVEL, Role.BACK_OFFICE);

	private final TicketRepository tickets;

	private final HistoryRepository history;

	private final TicketNumbers numbers;

	private final CategoryCatalog categories;

	private final ServiceLevel serviceLevel;

	private final Citizens citizens;

	private final Departments departments;

	private final TicketQueries queries;

	private final Clock clock;

	TicketManagement(TicketRepository tickets, HistoryRepository history, TicketNumbers numbers, CategoryCatalog categories,
			ServiceLevel serviceLevel, Citizens citizens, Departments departments, TicketQueries queries,
			Clock clock) {
		this.queries = queries;
		this.tickets = tickets;
		this.history = history;
		this.numbers = numbers;
		this.categories = categories;
		this.serviceLevel = serviceLevel;
		this.citizens = citizens;
		this.departments = departments;
		this.clock = clock;
	}

	/**
	 * S-TT1: opens a ticket in the caller's transaction, finding or creating the citizen record (never
	 * duplicating it) in the same transaction: opening for a known caller is one transaction. When
	 * someone registers the same citizen at the same moment, the transaction fails on the unique key and
	 * the caller retries (see {@link IdempotentOpening}); call {@link #prepareNumbering()} first.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public NewTicket openInTransaction(OpenTicket command, StaffMember by) {
		requireOpener(by);
		categories.requireActive("categoryCode", command.categoryCode());
		return create(command, citizenOf(command, by), by);
	}

	/** Gets the year's ticket numbering ready; call it before the opening's transaction. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void prepareNumbering() {
		numbers.prepare();
	}

	/**
	 * Creates the ticket for a resolved citizen, inside the caller's transaction, and describes it as
	 * stored: its timeline is the entries just written, so nothing is read back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public NewTicket create(OpenTicket command, CitizenView citizen, StaffMember by) {
		requireOpener(by);
		Ticket ticket = Ticket.open(numbers.next(), command.channel(), command.categoryCode(), command.subject(),
				command.description(), citizen.id(), by, now());
		List<HistoryEntry> history = ticket.pendingHistory();
		Ticket stored = store(ticket);
		return new NewTicket(stored, queries.details(stored, citizen, history, by));
	}

	/** A ticket just opened, with its details as the creating transaction saw them. */
	public record NewTicket(Ticket ticket, TicketDetails details) {
	}

	public TicketDetails close(String number, @Nullable Long expectedVersion, String answer, boolean commonInterest,
			StaffMember by) {
		return close(number, expectedVersion, answer, commonInterest, List.of(), by);
	}

	/** Closes with the answer and the knowledge items (and their versions) it quoted. */
	public TicketDetails close(String number, @Nullable Long expectedVersion, String answer, boolean commonInterest,
			List<QuotedItem> quotedItems, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.close(answer, commonInterest, quotedItems, by, now));
	}

	public TicketDetails forward(String number, @Nullable Long expectedVersion, String destination, @Nullable String note,
			StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.forward(destination, note, by, now));
	}

	public TicketDetails escalateToBackOffice(String number, @Nullable Long expectedVersion, String note, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.escalateToBackOffice(note, by, now));
	}

	public TicketDetails escalateToDepartment(String number, @Nullable Long expectedVersion, String department, String note,
			StaffMember by) {
		String code = requireDepartment(department);
		return change(number, expectedVersion, by, (t, now) -> t.escalateToDepartment(code,
				serviceLevel.deadline(t.categoryCode(), now), note, by, now));
	}

	public TicketDetails assign(String number, @Nullable Long expectedVersion, String department, @Nullable String note,
			StaffMember by) {
		String code = requireDepartment(department);
		return change(number, expectedVersion, by,
				(t, now) -> t.assignTo(code, serviceLevel.deadline(t.categoryCode(), now), note, by, now));
	}

	public TicketDetails remind(String number, @Nullable Long expectedVersion, @Nullable String note, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.remind(note, by, now));
	}

	public TicketDetails relayAnswer(String number, @Nullable Long expectedVersion, String answer, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.relayAnswer(answer, by, now));
	}

	public TicketDetails returnToBackOffice(String number, @Nullable Long expectedVersion, String reason, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.returnToBackOffice(reason, by, now));
	}

	public TicketDetails recordContact(String number, @Nullable Long expectedVersion, Contact contact, @Nullable String note,
			StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.recordContact(contact, note, by, now));
	}

	public TicketDetails waitForCitizen(String number, @Nullable Long expectedVersion, @Nullable String note, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.waitForCitizen(note, by, now));
	}

	public TicketDetails resume(String number, @Nullable Long expectedVersion, @Nullable String note, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.resume(note, serviceLevel.calendar(), by, now));
	}

	public TicketDetails requestClarification(String number, @Nullable Long expectedVersion, String question,
			StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.requestClarification(question, by, now));
	}

	public TicketDetails answerClarification(String number, @Nullable Long expectedVersion, String answer, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.answerClarification(answer, by, now));
	}

	public TicketDetails flagCommonInterest(String number, @Nullable Long expectedVersion, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.flagCommonInterest(by, now));
	}

	public TicketDetails reopen(String number, @Nullable Long expectedVersion, String reason, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.reopen(reason,
				serviceLevel.deadline(t.categoryCode(), now), by, now));
	}

	public TicketDetails addNote(String number, @Nullable Long expectedVersion, String note, StaffMember by) {
		return change(number, expectedVersion, by, (t, now) -> t.addNote(note, by, now));
	}

	/**
	 * The ticket's citizen gives new contact details (a new phone, another e-mail): the record is corrected through
	 * the citizen registry, for whoever may see the ticket and correct records.
	 */
	public TicketDetails correctCitizenContacts(String number, ContactDetails contacts, StaffMember by) {
		Ticket ticket = visible(number, by);
		citizens.correctContacts(ticket.citizenId(), contacts, by);
		return queries.details(ticket, by);
	}

	private TicketDetails change(String number, @Nullable Long expectedVersion, StaffMember by,
			BiConsumer<Ticket, Instant> action) {
		Ticket ticket = visible(number, by);
		if (expectedVersion != null && expectedVersion != ticket.version()) {
			throw new TicketChangedException(number);
		}
		action.accept(ticket, now());
		store(ticket);
		// Flushed so that the details carry the new version (the ETag the client sends next).
		tickets.flush();
		return queries.details(ticket, by);
	}

	/** Saves the ticket (publishing its events) and appends the history it recorded. */
	public Ticket store(Ticket ticket) {
		Ticket saved = tickets.save(ticket);
		history.saveAll(ticket.takeRecordedHistory());
		return saved;
	}

	private Ticket visible(String number, StaffMember by) {
		if (!TicketNumber.isWellFormed(number)) {
			throw new NotFoundException("ticket.not-found", number);
		}
		return tickets.findByNumber(number)
			.filter(ticket -> ticket.isVisibleTo(by))
			.orElseThrow(() -> new NotFoundException("ticket.not-found", number));
	}

	private CitizenView citizenOf(OpenTicket command, StaffMember by) {
		if (command.citizenId() != null) {
			return citizens.find(command.citizenId(), by)
				.orElseThrow(() -> new InvalidInputException("citizenId", "ticket.citizen-unknown",
						command.citizenId()));
		}
		if (command.citizen() == null) {
			throw new InvalidInputException("citizen", "ticket.citizen-required");
		}
		return citizens.identifyInTransaction(command.citizen(), by);
	}

	private static void requireOpener(StaffMember by) {
		if (!OPENERS.contains(by.role())) {
			throw new ForbiddenException("ticket.role-cannot-open");
		}
	}

	private String requireDepartment(String code) {
		if (code == null || !departments.exists(code)) {
			throw new InvalidInputException("departmentCode", "ticket.department-unknown", String.valueOf(code));
		}
		return code;
	}

	/**
	 * The instant of an action to the database's precision (microseconds), so that what an event carries (the time,
	 * a deadline moved by it) equals what the ticket stores.
	 */
	Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
