package it.sportello.ticketing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.shared.ConflictException;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.calendar.WorkingCalendar;
import it.sportello.ticketing.AnswerOfCommonInterestFlagged;
import it.sportello.ticketing.AnswerRelayed;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.QuotedItem;
import it.sportello.ticketing.TicketAssigned;
import it.sportello.ticketing.TicketClosed;
import it.sportello.ticketing.TicketEscalated;
import it.sportello.ticketing.TicketNumber;
import it.sportello.ticketing.TicketOpened;
import it.sportello.ticketing.TicketReminded;
import it.sportello.ticketing.TicketReopened;
import it.sportello.ticketing.TicketResumed;
import it.sportello.ticketing.TicketReturned;
import it.sportello.ticketing.TicketState;
import it.sportello.ticketing.TicketWaitingForCitizen;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One request of one citizen, from opening to closing, through the three levels of the contact
 * center. Every lifecycle method checks who acts and from which state, appends to the history and
 * registers an event; there are no setters.
 */
@Entity
@Table(name = "ticket")
public class Ticket extends AbstractAggregateRoot<Ticket> {

	/** The longest free text a ticket keeps (description, resolution, history notes: V5's varchar(4000)). */
	private static final int MAX_TEXT = 4000;

	@Id
	// Blocks of 50 ids (pooled-lo, V7): the insert waits for the commit and goes with the others.
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_id")
	@SequenceGenerator(name = "ticket_id", sequenceName = "ticket_id_block", allocationSize = 50)
	private Long id;

	private String number;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "category_code")
	private String categoryCode;

	private String subject;

	private String description;

	@Column(name = "citizen_id")
	private long citizenId;

	@Enumerated(EnumType.STRING)
	private TicketState state;

	@Column(name = "department_code")
	private @Nullable String departmentCode;

	@Column(name = "opened_by")
	private String openedBy;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "due_at")
	private @Nullable Instant dueAt;

	@Column(name = "waiting_since")
	private @Nullable Instant waitingSince;

	@Column(name = "reminder_count")
	private int reminderCount;

	@Column(name = "last_reminded_at")
	private @Nullable Instant lastRemindedAt;

	@Column(name = "clarification_pending")
	private boolean clarificationPending;

	/** The clarification question not answered yet: asked while first level holds it, carried when escalated. */
	@Column(name = "open_question")
	private @Nullable String openQuestion;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "closed_by")
	private @Nullable String closedBy;

	private @Nullable String resolution;

	@Enumerated(EnumType.STRING)
	@Column(name = "resolved_at_level")
	private @Nullable Level resolvedAtLevel;

	/** Who found the answer that the back office relayed to first level (S-TT9): the level that resolves it. */
	@Enumerated(EnumType.STRING)
	@Column(name = "answered_at_level")
	private @Nullable Level answeredAtLevel;

	@Column(name = "forwarded_to")
	private @Nullable String forwardedTo;

	@Column(name = "common_interest")
	private boolean commonInterest;

	/** The knowledge items the answer quoted, in the order given (empty until the knowledge base exists). */
	@ElementCollection
	@CollectionTable(name = "ticket_quoted_item", joinColumns = @JoinColumn(name = "ticket_id"))
	@OrderColumn(name = "position")
	private List<QuotedItemColumns> quotedItems = new ArrayList<>();

	/**
	 * Entries recorded by this instance and not yet stored. History is append-only and read apart from
	 * the ticket, so it is not a mapped collection: the use case stores these after each change.
	 */
	@Transient
	private final List<HistoryEntry> recorded = new ArrayList<>();

	protected Ticket() {
	}

	/**
	 * A ticket as a read model's row holds it ({@link TicketReading}): columns named as the table's, read
	 * by label. Detached: it answers the rules (visibility, allowed actions, level, overdue) and is never
	 * saved; a change loads the ticket through the repository.
	 */
	static Ticket fromRow(ResultSet rs) throws SQLException {
		Ticket ticket = new Ticket();
		ticket.id = rs.getLong("id");
		ticket.number = rs.getString("number");
		ticket.version = rs.getLong("version");
		ticket.channel = Channel.valueOf(rs.getString("channel"));
		ticket.categoryCode = rs.getString("category_code");
		ticket.subject = rs.getString("subject");
		ticket.description = rs.getString("description");
		ticket.citizenId = rs.getLong("citizen_id");
		ticket.state = TicketState.valueOf(rs.getString("state"));
		ticket.departmentCode = rs.getString("department_code");
		ticket.openedBy = rs.getString("opened_by");
		ticket.openedAt = Objects.requireNonNull(Rows.instant(rs, "opened_at"));
		ticket.updatedAt = Objects.requireNonNull(Rows.instant(rs, "updated_at"));
		ticket.dueAt = Rows.instant(rs, "due_at");
		ticket.waitingSince = Rows.instant(rs, "waiting_since");
		ticket.reminderCount = rs.getInt("reminder_count");
		ticket.lastRemindedAt = Rows.instant(rs, "last_reminded_at");
		ticket.clarificationPending = rs.getBoolean("clarification_pending");
		ticket.openQuestion = rs.getString("open_question");
		ticket.closedAt = Rows.instant(rs, "closed_at");
		ticket.closedBy = rs.getString("closed_by");
		ticket.resolution = rs.getString("resolution");
		String resolvedAt = rs.getString("resolved_at_level");
		ticket.resolvedAtLevel = resolvedAt == null ? null : Level.valueOf(resolvedAt);
		ticket.forwardedTo = rs.getString("forwarded_to");
		ticket.commonInterest = rs.getBoolean("common_interest");
		return ticket;
	}

	/** S-TT1: a first-level operator (or a channel) opens a ticket for a citizen. */
	public static Ticket open(TicketNumber number, Channel channel, String categoryCode, String subject,
			String description, long citizenId, StaffMember by, Instant now) {
		Ticket ticket = new Ticket();
		ticket.number = number.value();
		ticket.channel = channel;
		ticket.categoryCode = categoryCode;
		ticket.subject = requireText("subject", subject, 200);
		ticket.description = requireText("description", description, MAX_TEXT);
		ticket.citizenId = citizenId;
		ticket.state = TicketState.OPEN;
		ticket.openedBy = by.username();
		ticket.openedAt = now;
		ticket.updatedAt = now;
		ticket.record(by, now, HistoryAction.OPENED, null, null);
		ticket.registerEvent(new TicketOpened(ticket.number, channel, categoryCode, citizenId, by.username(), now));
		return ticket;
	}

	/** S-TT3, S-TT8, S-TT10: whoever holds the ticket answers and closes it with the solution. */
	public void close(String answer, boolean ofCommonInterest, StaffMember by, Instant now) {
		close(answer, ofCommonInterest, List.of(), by, now);
	}

	/**
	 * {@link #close(String, boolean, StaffMember, Instant)} with the knowledge items the answer quoted, and their
	 * versions (they replace those of an earlier answer, before a reopening).
	 */
	public void close(String answer, boolean ofCommonInterest, List<QuotedItem> quoted, StaffMember by, Instant now) {
		guard(TicketAction.CLOSE, by);
		requireHolder(TicketAction.CLOSE, by);
		// First level gives a relayed answer to the citizen; the level that found it resolved the request.
		Level level = state == TicketState.ANSWER_RELAYED && answeredAtLevel != null ? answeredAtLevel : state.level();
		finish(requireText("resolution", answer), level, null, HistoryAction.CLOSED, by, now);
		quotedItems.clear();
		quoted.stream().map(QuotedItemColumns::new).forEach(quotedItems::add);
		if (ofCommonInterest) {
			flagCommonInterest(by, now);
		}
	}

	/** S-TT6: the call was put through to an office or URP; the ticket records where and is closed. */
	public void forward(String destination, @Nullable String note, StaffMember by, Instant now) {
		guard(TicketAction.FORWARD, by);
		String where = requireText("forwardedTo", destination, 300);
		finish(note == null || note.isBlank() ? where : note.strip(), Level.FIRST_LEVEL, where, HistoryAction.FORWARDED,
				by, now);
	}

	/** S-TT5. */
	public void escalateToBackOffice(String note, StaffMember by, Instant now) {
		guard(TicketAction.ESCALATE_TO_BACK_OFFICE, by);
		String checked = requireText("note", note);
		TicketState from = state;
		carryPendingClarification(by, now);
		state = TicketState.ESCALATED;
		touch(by, now, HistoryAction.ESCALATED_TO_BACK_OFFICE, from, checked);
		registerEvent(new TicketEscalated(number, categoryCode, channel, Level.BACK_OFFICE, null, null, by.username(),
				now));
	}

	/** S-TT4: the competent department is known; the ticket goes straight to its support. */
	public void escalateToDepartment(String department, Instant due, String note, StaffMember by, Instant now) {
		guard(TicketAction.ESCALATE_TO_DEPARTMENT, by);
		String checked = requireText("note", note);
		carryPendingClarification(by, now);
		moveToDepartment(department, due, HistoryAction.ESCALATED_TO_DEPARTMENT, checked, by, now);
		registerEvent(new TicketEscalated(number, categoryCode, channel, Level.DEPARTMENT, department, due,
				by.username(), now));
	}

	/** S-TT8: the back office gives the ticket to a department's support (or moves it to another one). */
	public void assignTo(String department, Instant due, @Nullable String note, StaffMember by, Instant now) {
		guard(TicketAction.ASSIGN, by);
		if (department.equals(departmentCode) && state != TicketState.ESCALATED) {
			throw new ConflictException("ticket.already-assigned", number, department);
		}
		String previous = departmentCode;
		moveToDepartment(department, due, HistoryAction.ASSIGNED, note, by, now);
		registerEvent(new TicketAssigned(number, categoryCode, channel, department, previous, due, by.username(), now));
	}

	/** S-TT9: a reminder (sollecito) to the department holding the ticket. */
	public void remind(@Nullable String note, StaffMember by, Instant now) {
		guard(TicketAction.REMIND, by);
		reminderCount++;
		lastRemindedAt = now;
		touch(by, now, HistoryAction.REMINDED, null, note);
		registerEvent(new TicketReminded(number, categoryCode, channel, Objects.requireNonNull(departmentCode),
				reminderCount, isOverdue(now), by.username(), now));
	}

	/** S-TT9: the back office relays the answer it received to first level, who gives it to the citizen. */
	public void relayAnswer(String answer, StaffMember by, Instant now) {
		guard(TicketAction.RELAY_ANSWER, by);
		TicketState from = state;
		answeredAtLevel = from.level();
		state = TicketState.ANSWER_RELAYED;
		openQuestion = null;
		stopClock();
		touch(by, now, HistoryAction.ANSWER_RELAYED, from, requireText("answer", answer));
		registerEvent(new AnswerRelayed(number, categoryCode, channel, Objects.requireNonNull(answeredAtLevel),
				departmentCode, by.username(), now));
	}

	/** A department that is not competent gives the ticket back to the back office. */
	public void returnToBackOffice(String reason, StaffMember by, Instant now) {
		guard(TicketAction.RETURN_TO_BACK_OFFICE, by);
		TicketState from = state;
		String returnedBy = Objects.requireNonNull(departmentCode);
		state = TicketState.ESCALATED;
		stopClock();
		touch(by, now, HistoryAction.RETURNED_TO_BACK_OFFICE, from, requireText("note", reason));
		// No longer the department's: out of its queue, lists and scope (its history entries still say who
		// held it and who returned it).
		departmentCode = null;
		registerEvent(new TicketReturned(number, categoryCode, channel, returnedBy, by.username(), now));
	}

	/** S-TT10: a contact with the citizen and its outcome. */
	public void recordContact(Contact contact, @Nullable String note, StaffMember by, Instant now) {
		guard(TicketAction.RECORD_CONTACT, by);
		requireHolder(TicketAction.RECORD_CONTACT, by);
		updatedAt = now;
		recorded.add(new HistoryEntry(this, now, Actor.of(by), HistoryAction.CONTACT, null, null, departmentCode,
				blankToNull(note))
			.withContact(contact));
	}

	/** S-TT10: the request must be completed by the citizen; the service-level clock stops. */
	public void waitForCitizen(@Nullable String note, StaffMember by, Instant now) {
		guard(TicketAction.WAIT_FOR_CITIZEN, by);
		state = TicketState.WAITING_FOR_CITIZEN;
		waitingSince = now;
		touch(by, now, HistoryAction.WAITING_FOR_CITIZEN, TicketState.ASSIGNED, note);
		registerEvent(new TicketWaitingForCitizen(number, categoryCode, channel, Objects.requireNonNull(departmentCode),
				blankToNull(note), by.username(), now));
	}

	/**
	 * The citizen's own reply reached the ticket by a channel while it waited for them: it resumes as {@link #resume}
	 * does, whoever the channel acts as. Whether it is waiting is the caller's question ({@link #state()}).
	 */
	public void resumeOnCitizenReply(WorkingCalendar calendar, StaffMember by, Instant now) {
		if (state != TicketState.WAITING_FOR_CITIZEN) {
			throw new TransitionNotAllowedException(number, state, TicketAction.RESUME);
		}
		state = TicketState.ASSIGNED;
		if (dueAt != null && waitingSince != null) {
			dueAt = calendar.plusWorkingTime(dueAt, calendar.workingTimeBetween(waitingSince, now));
		}
		waitingSince = null;
		touch(by, now, HistoryAction.RESUMED, TicketState.WAITING_FOR_CITIZEN, null);
		registerEvent(new TicketResumed(number, categoryCode, channel, Objects.requireNonNull(departmentCode), dueAt,
				by.username(), now));
	}

	/** The citizen answered: the clock restarts and the deadline moves by the working time spent waiting. */
	public void resume(@Nullable String note, WorkingCalendar calendar, StaffMember by, Instant now) {
		guard(TicketAction.RESUME, by);
		state = TicketState.ASSIGNED;
		if (dueAt != null && waitingSince != null) {
			dueAt = calendar.plusWorkingTime(dueAt, calendar.workingTimeBetween(waitingSince, now));
		}
		waitingSince = null;
		touch(by, now, HistoryAction.RESUMED, TicketState.WAITING_FOR_CITIZEN, note);
		registerEvent(new TicketResumed(number, categoryCode, channel, Objects.requireNonNull(departmentCode), dueAt,
				by.username(), now));
	}

	/**
	 * An escalation while the back office has not yet answered a clarification: the question is not dropped but goes
	 * with the ticket, recorded on its timeline (with the question) just before the escalation, for whoever holds it
	 * next to answer.
	 */
	private void carryPendingClarification(StaffMember by, Instant now) {
		if (!clarificationPending) {
			return;
		}
		clarificationPending = false;
		record(by, now, HistoryAction.CLARIFICATION_CARRIED, null, openQuestion);
	}

	/** S-TT2: a quick question to the back office while the caller is on the line. */
	public void requestClarification(String question, StaffMember by, Instant now) {
		guard(TicketAction.REQUEST_CLARIFICATION, by);
		clarificationPending = true;
		openQuestion = requireText("question", question);
		touch(by, now, HistoryAction.CLARIFICATION_REQUESTED, null, openQuestion);
	}

	public void answerClarification(String answer, StaffMember by, Instant now) {
		guard(TicketAction.ANSWER_CLARIFICATION, by);
		if (!clarificationPending) {
			throw new ConflictException("ticket.no-clarification-pending", number);
		}
		String checked = requireText("answer", answer);
		clarificationPending = false;
		openQuestion = null;
		touch(by, now, HistoryAction.CLARIFICATION_ANSWERED, null, checked);
	}

	/** S-TT11: the answer is of common interest and should become a FAQ. */
	public void flagCommonInterest(StaffMember by, Instant now) {
		guard(TicketAction.FLAG_COMMON_INTEREST, by);
		if (commonInterest) {
			throw new ConflictException("ticket.already-common-interest", number);
		}
		commonInterest = true;
		touch(by, now, HistoryAction.FLAGGED_COMMON_INTEREST, null, null);
		registerEvent(new AnswerOfCommonInterestFlagged(number, categoryCode, channel, description,
				Objects.requireNonNull(resolution), departmentCode, by.username(), now));
	}

	/** The citizen called back about the same request: the ticket returns to the level that resolved it. */
	public void reopen(String reason, @Nullable Instant newDue, StaffMember by, Instant now) {
		guard(TicketAction.REOPEN, by);
		Level level = resolvedAtLevel == null ? Level.FIRST_LEVEL : resolvedAtLevel;
		state = switch (level) {
			case FIRST_LEVEL -> TicketState.OPEN;
			case BACK_OFFICE -> TicketState.ESCALATED;
			case DEPARTMENT -> TicketState.ASSIGNED;
		};
		dueAt = state == TicketState.ASSIGNED ? newDue : null;
		closedAt = null;
		closedBy = null;
		resolvedAtLevel = null;
		answeredAtLevel = null;
		forwardedTo = null;
		touch(by, now, HistoryAction.REOPENED, TicketState.CLOSED, requireText("note", reason));
		registerEvent(new TicketReopened(number, categoryCode, channel, state, level, departmentCode, by.username(), now));
	}

	public void addNote(String note, StaffMember by, Instant now) {
		guard(TicketAction.ADD_NOTE, by);
		touch(by, now, HistoryAction.NOTE, null, requireText("note", note));
	}

	/** Whether the department's answer is late: the clock runs only while the department holds the ticket. */
	public boolean isOverdue(Instant now) {
		return isOverdue(state, dueAt, now);
	}

	/** Overdue: held by a department past its deadline (the lists' rows apply the same rule). */
	static boolean isOverdue(TicketState state, @Nullable Instant dueAt, Instant now) {
		return state == TicketState.ASSIGNED && dueAt != null && dueAt.isBefore(now);
	}

	/** The level holding the ticket now or, once closed, the level that resolved it. */
	public Level level() {
		return level(state, resolvedAtLevel);
	}

	static @Nullable Level level(TicketState state, @Nullable Level resolvedAtLevel) {
		return state == TicketState.CLOSED ? resolvedAtLevel : state.level();
	}

	/** Whether {@code by} may see this ticket: department-scoped roles see only their department's. */
	public boolean isVisibleTo(StaffMember by) {
		return switch (by.role()) {
			case FIRST_LEVEL, BACK_OFFICE, MANAGER, ADMIN -> true;
			case DEPARTMENT_SUPPORT, URP -> departmentCode != null && departmentCode.equals(by.departmentCode());
			default -> false;
		};
	}

	/** Whether {@code by} may take {@code action} now: role, state, department and who holds the ticket. */
	public boolean allows(TicketAction action, StaffMember by) {
		if (!action.allowsRole(by.role()) || !action.allowsState(state) || !isVisibleTo(by)) {
			return false;
		}
		if (action == TicketAction.ANSWER_CLARIFICATION && !clarificationPending) {
			return false;
		}
		if (action == TicketAction.FLAG_COMMON_INTEREST && commonInterest) {
			return false;
		}
		return (action != TicketAction.CLOSE && action != TicketAction.RECORD_CONTACT) || holds(by);
	}

	private void guard(TicketAction action, StaffMember by) {
		if (!action.allowsRole(by.role())) {
			throw new ForbiddenException("ticket.role-not-allowed",
					new org.springframework.context.support.DefaultMessageSourceResolvable(action.messageCode()));
		}
		if (!action.allowsState(state)) {
			throw new TransitionNotAllowedException(number, state, action);
		}
	}

	private void requireHolder(TicketAction action, StaffMember by) {
		if (!holds(by)) {
			throw new TransitionNotAllowedException(number, state, action);
		}
	}

	private boolean holds(StaffMember by) {
		Level level = state.level();
		if (level == null) {
			return false;
		}
		return switch (level) {
			case FIRST_LEVEL -> by.role() == Role.FIRST_LEVEL;
			case BACK_OFFICE -> by.role() == Role.BACK_OFFICE;
			case DEPARTMENT -> by.role() == Role.DEPARTMENT_SUPPORT && isVisibleTo(by);
		};
	}

	private void moveToDepartment(String department, Instant due, HistoryAction action, @Nullable String note,
			StaffMember by, Instant now) {
		TicketState from = state;
		state = TicketState.ASSIGNED;
		departmentCode = department;
		dueAt = due;
		waitingSince = null;
		reminderCount = 0;
		lastRemindedAt = null;
		touch(by, now, action, from, note);
	}

	private void finish(String answer, Level level, @Nullable String destination, HistoryAction action, StaffMember by,
			Instant now) {
		TicketState from = state;
		state = TicketState.CLOSED;
		resolution = answer;
		resolvedAtLevel = level;
		forwardedTo = destination;
		closedAt = now;
		closedBy = by.username();
		clarificationPending = false;
		openQuestion = null;
		stopClock();
		touch(by, now, action, from, answer);
		registerEvent(new TicketClosed(number, categoryCode, channel, level, departmentCode, destination, by.username(),
				now));
	}

	private void stopClock() {
		waitingSince = null;
	}

	private void touch(StaffMember by, Instant now, HistoryAction action, @Nullable TicketState from,
			@Nullable String note) {
		updatedAt = now;
		record(by, now, action, from, note);
	}

	private void record(StaffMember by, Instant now, HistoryAction action, @Nullable TicketState from,
			@Nullable String note) {
		recorded.add(new HistoryEntry(this, now, Actor.of(by), action, from, from == null ? null : state,
				departmentCode, blankToNull(note)));
	}

	private static String requireText(String field, @Nullable String text) {
		return requireText(field, text, MAX_TEXT);
	}

	/** Text longer than its column would fail in the database: refused here, with the field, for pages and API alike. */
	private static String requireText(String field, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "ticket.text-required");
		}
		return requireLength(field, lines(text.strip()), max);
	}

	/** An optional note: every note ends in the history's note column. */
	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : requireLength("note", lines(text.strip()), MAX_TEXT);
	}

	/**
	 * Line breaks stored as one character: a browser counts a textarea's line break as one against its maxlength but
	 * sends it as CR LF, so a text at the page's limit would otherwise be refused for its paragraphs.
	 */
	private static String lines(String text) {
		return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static String requireLength(String field, String text, int max) {
		if (text.length() > max) {
			throw new InvalidInputException(field, "ticket.text-too-long", max);
		}
		return text;
	}

	public Long id() {
		return id;
	}

	public TicketNumber number() {
		return new TicketNumber(number);
	}

	public long version() {
		return version;
	}

	public Channel channel() {
		return channel;
	}

	public String categoryCode() {
		return categoryCode;
	}

	public String subject() {
		return subject;
	}

	public String description() {
		return description;
	}

	public long citizenId() {
		return citizenId;
	}

	public TicketState state() {
		return state;
	}

	public @Nullable String departmentCode() {
		return departmentCode;
	}

	public String openedBy() {
		return openedBy;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public @Nullable Instant dueAt() {
		return dueAt;
	}

	public @Nullable Instant waitingSince() {
		return waitingSince;
	}

	public int reminderCount() {
		return reminderCount;
	}

	public @Nullable Instant lastRemindedAt() {
		return lastRemindedAt;
	}

	/** The clarification question nobody has answered yet, pending or carried by an escalation. */
	public @Nullable String openQuestion() {
		return openQuestion;
	}

	public boolean clarificationPending() {
		return clarificationPending;
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}

	public @Nullable String closedBy() {
		return closedBy;
	}

	public @Nullable String resolution() {
		return resolution;
	}

	public @Nullable Level resolvedAtLevel() {
		return resolvedAtLevel;
	}

	public @Nullable String forwardedTo() {
		return forwardedTo;
	}

	public boolean commonInterest() {
		return commonInterest;
	}

	/** The knowledge items the answer quoted, in order; empty when it quoted none. */
	public List<QuotedItem> quotedItems() {
		return quotedItems.stream().map(QuotedItemColumns::toItem).toList();
	}

	/** A read model's ticket ({@link #fromRow}) gets its quoted items from their own table. */
	void quotedItemsRead(List<QuotedItem> items) {
		quotedItems = new ArrayList<>(items.stream().map(QuotedItemColumns::new).toList());
	}

	/** The entries recorded since the last {@link #takeRecordedHistory()}, in order. */
	public List<HistoryEntry> pendingHistory() {
		return List.copyOf(recorded);
	}

	/** The events registered since the ticket was loaded or last saved, in order (published when it is saved). */
	List<Object> registeredEvents() {
		return List.copyOf(domainEvents());
	}

	/** Hands the new entries over to be stored, once. */
	public List<HistoryEntry> takeRecordedHistory() {
		List<HistoryEntry> entries = List.copyOf(recorded);
		recorded.clear();
		return entries;
	}

}
