package it.sportello.ticketing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.sportello.shared.Channel;
import it.sportello.ticketing.QuotedItem;
import it.sportello.ticketing.TicketState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading one ticket with its timeline: one SQL statement, no transaction and no persistence context. A
 * ticket is read far more often than it changes (every operator who opens it, API clients following it);
 * loading it and its history as entities in a read-only transaction cost more than the statement itself.
 * Ticket and timeline come from the same statement, so they are always consistent with each other.
 */
@Component
class TicketReading {

	private static final String SELECT = """
			select t.id, t.number, t.version, t.channel, t.category_code, t.subject, t.description, t.citizen_id,
			       t.state, t.department_code, t.opened_by, t.opened_at, t.updated_at, t.due_at, t.waiting_since,
			       t.reminder_count, t.last_reminded_at, t.clarification_pending, t.open_question, t.closed_at, t.closed_by,
			       t.resolution, t.resolved_at_level, t.forwarded_to, t.common_interest,
			       h.occurred_at h_occurred_at, h.actor h_actor, h.actor_name h_actor_name, h.action h_action,
			       h.from_state h_from_state, h.to_state h_to_state, h.department_code h_department_code,
			       h.note h_note, h.contact_channel h_contact_channel, h.contact_purpose h_contact_purpose,
			       h.contact_outcome h_contact_outcome
			from ticket t left join ticket_history h on h.ticket_id = t.id
			where t.number = ?
			order by h.occurred_at, h.id""";

	private static final ResultSetExtractor<Optional<Snapshot>> SNAPSHOT = TicketReading::snapshot;

	private final JdbcClient jdbc;

	TicketReading(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ticket (detached, for its rules) and its timeline, oldest first; empty when no such number. */
	record Snapshot(Ticket ticket, List<TicketDetails.Event> timeline) {
	}

	Optional<Snapshot> find(String number) {
		Optional<Snapshot> snapshot = jdbc.sql(SELECT).param(number).query(SNAPSHOT);
		// Only an answer quotes knowledge items: one more statement for closed tickets only.
		snapshot.filter(found -> found.ticket().state() == TicketState.CLOSED)
			.ifPresent(found -> found.ticket().quotedItemsRead(quotedItems(found.ticket().id())));
		return snapshot;
	}

	private List<QuotedItem> quotedItems(long ticketId) {
		return jdbc.sql("select item_type, item_id, version from ticket_quoted_item where ticket_id = ? order by position")
			.param(ticketId)
			.query((rs, row) -> new QuotedItem(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	private static Optional<Snapshot> snapshot(ResultSet rs) throws SQLException {
		if (!rs.next()) {
			return Optional.empty();
		}
		Ticket ticket = Ticket.fromRow(rs);
		List<TicketDetails.Event> timeline = new ArrayList<>();
		do {
			Instant at = Rows.instant(rs, "h_occurred_at");
			if (at != null) {
				timeline.add(event(rs, at));
			}
		}
		while (rs.next());
		return Optional.of(new Snapshot(ticket, timeline));
	}

	private static TicketDetails.Event event(ResultSet rs, Instant at) throws SQLException {
		String channel = rs.getString("h_contact_channel");
		TicketDetails.ContactRecord contact = channel == null ? null
				: new TicketDetails.ContactRecord(Channel.valueOf(channel),
						ContactPurpose.valueOf(rs.getString("h_contact_purpose")),
						ContactOutcome.valueOf(rs.getString("h_contact_outcome")));
		return new TicketDetails.Event(at, rs.getString("h_actor"), rs.getString("h_actor_name"),
				HistoryAction.valueOf(rs.getString("h_action")), state(rs.getString("h_from_state")),
				state(rs.getString("h_to_state")), rs.getString("h_department_code"), rs.getString("h_note"), contact);
	}

	private static @Nullable TicketState state(@Nullable String name) {
		return name == null ? null : TicketState.valueOf(name);
	}

}
