package it.sportello.ticketing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import it.sportello.shared.Channel;
import it.sportello.shared.calendar.WorkingCalendar;
import it.sportello.ticketing.AnswerRelayed;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketAssigned;
import it.sportello.ticketing.TicketClosed;
import it.sportello.ticketing.TicketEscalated;
import it.sportello.ticketing.TicketEvent;
import it.sportello.ticketing.TicketOpened;
import it.sportello.ticketing.TicketReminded;
import it.sportello.ticketing.TicketReopened;
import it.sportello.ticketing.TicketResumed;
import it.sportello.ticketing.TicketReturned;
import it.sportello.ticketing.TicketState;
import it.sportello.ticketing.TicketWaitingForCitizen;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events tickets published, told again from their timelines ({@code ticket_history}): every movement the
 * timeline records maps to the event the same movement registers in {@link Ticket}. For read models rebuilt from
 * the tickets that exist ({@link it.sportello.ticketing.TicketDesk#pastEvents}).
 */
@Component
class TicketReplay {

	private final JdbcClient jdbc;

	private final ServiceLevel serviceLevel;

	TicketReplay(JdbcClient jdbc, ServiceLevel serviceLevel) {
		this.jdbc = jdbc;
		this.serviceLevel = serviceLevel;
	}

	private record Row(long id, String number, Channel channel, String category, long citizenId, TicketState state,
			@Nullable String department, @Nullable Instant dueAt, @Nullable String forwardedTo) {
	}

	private record Step(long ticketId, Instant at, String actor, HistoryAction action, @Nullable TicketState from,
			@Nullable TicketState to, @Nullable String department, @Nullable String note) {
	}

	@Transactional(readOnly = true)
	List<TicketEvent> pastEvents(@Nullable String afterNumber, int limit) {
		List<Row> tickets = jdbc
			.sql("select id, number, channel, category_code, citizen_id, state, department_code, due_at, forwarded_to "
					+ "from ticket where number > :after order by number limit :limit")
			.param("after", afterNumber == null ? "" : afterNumber)
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), Channel.valueOf(rs.getString(3)), rs.getString(4),
					rs.getLong(5), TicketState.valueOf(rs.getString(6)), rs.getString(7), Rows.instant(rs, 8),
					rs.getString(9)))
			.list();
		if (tickets.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Step>> steps = new LinkedHashMap<>();
		jdbc.sql("select ticket_id, occurred_at, actor, action, from_state, to_state, department_code, note "
				+ "from ticket_history where ticket_id in (:ids) order by ticket_id, occurred_at, id")
			.param("ids", tickets.stream().map(Row::id).toList())
			.query((rs, n) -> new Step(rs.getLong(1), Objects.requireNonNull(Rows.instant(rs, 2)), rs.getString(3),
					HistoryAction.valueOf(rs.getString(4)), state(rs.getString(5)), state(rs.getString(6)),
					rs.getString(7), rs.getString(8)))
			.list()
			.forEach(step -> steps.computeIfAbsent(step.ticketId(), id -> new ArrayList<>()).add(step));
		List<TicketEvent> events = new ArrayList<>();
		for (Row ticket : tickets) {
			events.addAll(replay(ticket, steps.getOrDefault(ticket.id(), List.of())));
		}
		return events;
	}

	private List<TicketEvent> replay(Row t, List<Step> steps) {
		List<TicketEvent> events = new ArrayList<>();
		// The deadline the ticket holds now is the last one it was given: at its last move to a department, or at the
		// last resumption after it (which moved it by the working time spent waiting).
		int lastDeadline = -1;
		for (int i = 0; i < steps.size(); i++) {
			HistoryAction action = steps.get(i).action();
			if (action == HistoryAction.ASSIGNED || action == HistoryAction.ESCALATED_TO_DEPARTMENT
					|| action == HistoryAction.RESUMED) {
				lastDeadline = i;
			}
		}
		@Nullable String department = null;
		@Nullable Instant due = null;
		@Nullable Instant waitingSince = null;
		@Nullable Level answeredAt = null;
		int reminders = 0;
		boolean stillHeld = t.state() == TicketState.ASSIGNED || t.state() == TicketState.WAITING_FOR_CITIZEN;
		for (int i = 0; i < steps.size(); i++) {
			Step s = steps.get(i);
			switch (s.action()) {
				case OPENED -> events.add(new TicketOpened(t.number(), t.channel(), t.category(), t.citizenId(),
						s.actor(), s.at()));
				case ESCALATED_TO_BACK_OFFICE -> events.add(new TicketEscalated(t.number(), t.category(), t.channel(),
						Level.BACK_OFFICE, null, null, s.actor(), s.at()));
				case ESCALATED_TO_DEPARTMENT, ASSIGNED -> {
					String to = Objects.requireNonNull(s.department());
					due = i == lastDeadline && stillHeld && t.dueAt() != null ? t.dueAt()
							: serviceLevel.deadline(t.category(), s.at());
					reminders = 0;
					events.add(s.action() == HistoryAction.ASSIGNED
							? new TicketAssigned(t.number(), t.category(), t.channel(), to, department,
									Objects.requireNonNull(due), s.actor(), s.at())
							: new TicketEscalated(t.number(), t.category(), t.channel(), Level.DEPARTMENT, to, due,
									s.actor(), s.at()));
					department = to;
				}
				case REMINDED -> events.add(new TicketReminded(t.number(), t.category(), t.channel(),
						Objects.requireNonNull(s.department()), ++reminders, due != null && due.isBefore(s.at()),
						s.actor(), s.at()));
				case ANSWER_RELAYED -> {
					answeredAt = s.from() == null ? Level.BACK_OFFICE : s.from().level();
					events.add(new AnswerRelayed(t.number(), t.category(), t.channel(), Objects.requireNonNull(answeredAt),
							s.department(), s.actor(), s.at()));
				}
				case RETURNED_TO_BACK_OFFICE -> {
					events.add(new TicketReturned(t.number(), t.category(), t.channel(),
							Objects.requireNonNull(s.department()), s.actor(), s.at()));
					department = null;
				}
				case CLOSED -> {
					Level level = s.from() == TicketState.ANSWER_RELAYED && answeredAt != null ? answeredAt
							: s.from() == null || s.from().level() == null ? Level.FIRST_LEVEL : s.from().level();
					events.add(new TicketClosed(t.number(), t.category(), t.channel(), level, s.department(), null,
							s.actor(), s.at()));
				}
				case FORWARDED -> events.add(new TicketClosed(t.number(), t.category(), t.channel(), Level.FIRST_LEVEL,
						s.department(), t.forwardedTo() != null ? t.forwardedTo() : s.note(), s.actor(), s.at()));
				case REOPENED -> {
					TicketState to = s.to() == null ? TicketState.OPEN : s.to();
					answeredAt = null;
					events.add(new TicketReopened(t.number(), t.category(), t.channel(), to,
							Objects.requireNonNull(to.level()), s.department(), s.actor(), s.at()));
				}
				case WAITING_FOR_CITIZEN -> {
					waitingSince = s.at();
					events.add(new TicketWaitingForCitizen(t.number(), t.category(), t.channel(),
							Objects.requireNonNull(s.department()), s.note(), s.actor(), s.at()));
				}
				case RESUMED -> {
					if (i == lastDeadline && stillHeld && t.dueAt() != null) {
						due = t.dueAt();
					}
					else if (due != null && waitingSince != null) {
						WorkingCalendar calendar = serviceLevel.calendar();
						due = calendar.plusWorkingTime(due, calendar.workingTimeBetween(waitingSince, s.at()));
					}
					waitingSince = null;
					events.add(new TicketResumed(t.number(), t.category(), t.channel(),
							Objects.requireNonNull(s.department()), due, s.actor(), s.at()));
				}
				default -> {
					// Contacts, clarifications and notes publish no event.
				}
			}
		}
		return events;
	}

	private static @Nullable TicketState state(@Nullable String name) {
		return name == null ? null : TicketState.valueOf(name);
	}

}
