package it.sportello.reporting.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import it.sportello.shared.Channel;
import it.sportello.shared.calendar.WorkingCalendar;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dashboards' read models: stores each ticket event once ({@code report_ticket_event}, keyed by ticket,
 * kind and instant) and folds the ticket's events again into its row ({@code report_ticket}). A second delivery of an
 * event adds nothing; an event arriving late is put in its place by the fold. The ticket's row is locked while it is
 * folded, so that two events of one ticket handled at once each see the other's.
 */
@Component
public class TicketFacts {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	TicketFacts(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.zone = calendar.zone();
	}

	/** Records the event (nothing when already recorded, or of a kind not counted) and refolds its ticket. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(TicketEvent event) {
		RecordedEvent recorded = RecordedEvent.of(event);
		if (recorded == null) {
			return;
		}
		ensureRow(recorded);
		jdbc.sql("select number from report_ticket where number = :number for update")
			.param("number", recorded.number())
			.query(String.class)
			.single();
		int inserted = jdbc.sql("insert into report_ticket_event (number, kind, occurred_at, local_day, channel, category_code, level, "
				+ "department_code, due_at) values (:number, :kind, :at, :day, :channel, :category, :level, :department, :due) "
				+ "on conflict do nothing")
			.param("number", recorded.number())
			.param("kind", recorded.kind().name())
			.param("at", utc(recorded.at()))
			.param("day", recorded.at().atZone(zone).toLocalDate())
			.param("channel", recorded.channel().name())
			.param("category", recorded.categoryCode())
			.param("level", recorded.level() == null ? null : recorded.level().name(), Types.VARCHAR)
			.param("department", recorded.departmentCode(), Types.VARCHAR)
			.param("due", utcOrNull(recorded.dueAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
		if (inserted > 0) {
			refold(recorded.number());
		}
	}

	/** The ticket's row, created by its first event; two first events at once create it once. */
	private void ensureRow(RecordedEvent e) {
		jdbc.sql("insert into report_ticket (number, channel, category_code) values (:number, :channel, :category) "
				+ "on conflict do nothing")
			.param("number", e.number())
			.param("channel", e.channel().name())
			.param("category", e.categoryCode())
			.update();
	}

	private void refold(String number) {
		List<RecordedEvent> events = jdbc
			.sql("select number, kind, occurred_at, channel, category_code, level, department_code, due_at "
					+ "from report_ticket_event where number = :number")
			.param("number", number)
			.query(TicketFacts::event)
			.list();
		TicketFold fold = TicketFold.of(events);
		ZonedDateTime opened = fold.openedAt() == null ? null : fold.openedAt().atZone(zone);
		jdbc.sql("update report_ticket set channel = :channel, category_code = :category, opened_at = :openedAt, "
				+ "opened_day = :openedDay, opened_hour = :openedHour, holder_level = :holder, department_code = :department, "
				+ "due_at = :due, closed_at = :closedAt, closed_day = :closedDay, resolved_level = :resolved, "
				+ "seconds_to_close = :seconds where number = :number")
			.param("channel", fold.channel().name())
			.param("category", fold.categoryCode())
			.param("openedAt", utcOrNull(fold.openedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("openedDay", opened == null ? null : opened.toLocalDate(), Types.DATE)
			.param("openedHour", opened == null ? null : opened.getHour(), Types.INTEGER)
			.param("holder", name(fold.holderLevel()), Types.VARCHAR)
			.param("department", fold.departmentCode(), Types.VARCHAR)
			.param("due", utcOrNull(fold.dueAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("closedAt", utcOrNull(fold.closedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("closedDay", fold.closedAt() == null ? null : fold.closedAt().atZone(zone).toLocalDate(), Types.DATE)
			.param("resolved", name(fold.resolvedLevel()), Types.VARCHAR)
			.param("seconds", fold.secondsToClose(), Types.BIGINT)
			.param("number", number)
			.update();
	}

	/** Forgets every recorded event and row, before a rebuild fills them again. */
	@Transactional(propagation = Propagation.MANDATORY)
	void clear() {
		jdbc.sql("delete from report_ticket_event").update();
		jdbc.sql("delete from report_ticket").update();
	}

	private static RecordedEvent event(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("level");
		return new RecordedEvent(rs.getString("number"), EventKind.valueOf(rs.getString("kind")),
				instant(rs, "occurred_at"), Channel.valueOf(rs.getString("channel")), rs.getString("category_code"),
				level == null ? null : Level.valueOf(level), rs.getString("department_code"),
				instantOrNull(rs, "due_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable OffsetDateTime utcOrNull(@Nullable Instant instant) {
		return instant == null ? null : utc(instant);
	}

	private static @Nullable String name(@Nullable Level level) {
		return level == null ? null : level.name();
	}

}
