package it.sportello.ticketing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketState;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ticket lists' read model: one SQL statement per page, reading only the columns a list shows, with
 * the viewer's department scope always in the WHERE clause. Lists are read far more often than tickets
 * change (every operator's screen, the queues, API clients polling): loading 20 entities into a
 * persistence context and translating a criteria query on every call cost more than the query itself.
 */
@Component
class TicketListing {

	/** The sortable properties of the API and pages, and their columns (anything else is refused before). */
	private static final Map<String, String> SORT_COLUMNS = Map.of("openedAt", "opened_at", "updatedAt", "updated_at",
			"dueAt", "due_at", "waitingSince", "waiting_since");

	private static final String COLUMNS = "number, state, resolved_at_level, channel, category_code, subject, citizen_id, "
			+ "department_code, opened_at, updated_at, due_at, reminder_count, clarification_pending";

	private static final RowMapper<Row> ROW = TicketListing::row;

	private final JdbcClient jdbc;

	TicketListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Up to {@code limit} rows from {@code offset}, in the order asked ({@code openedAt} newest first when
	 * none), ties broken by id so that pages never overlap or skip a row.
	 */
	List<Row> rows(Filter filter, Sort sort, long offset, int limit) {
		Where where = where(filter);
		if (where.matchesNothing) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(320).append("select ").append(COLUMNS).append(" from ticket")
			.append(where.sql);
		orderBy(sql, sort);
		sql.append(" limit :limit offset :offset");
		where.params.put("limit", limit);
		where.params.put("offset", offset);
		return jdbc.sql(sql.toString()).params(where.params).query(ROW).list();
	}

	long count(Filter filter) {
		Where where = where(filter);
		if (where.matchesNothing) {
			return 0;
		}
		return jdbc.sql("select count(*) from ticket" + where.sql).params(where.params).query(Long.class).single();
	}

	/**
	 * What to list: the search's filters, the citizens its free text found ({@code null}: no such filter),
	 * the viewer (their scope), and the time and zone that make "overdue" and the dates' bounds.
	 */
	record Filter(TicketSearch search, @Nullable Collection<Long> citizenIds, StaffMember by, Instant now, ZoneId zone) {
	}

	/** A ticket as a list reads it. */
	record Row(String number, TicketState state, @Nullable Level resolvedAtLevel, Channel channel, String categoryCode,
			String subject, long citizenId, @Nullable String departmentCode, Instant openedAt, Instant updatedAt,
			@Nullable Instant dueAt, int reminderCount, boolean clarificationPending) {

		@Nullable Level level() {
			return Ticket.level(state, resolvedAtLevel);
		}

		boolean isOverdue(Instant now) {
			return Ticket.isOverdue(state, dueAt, now);
		}

	}

	private static final class Where {

		private final StringBuilder sql = new StringBuilder();

		private final Map<String, Object> params = new HashMap<>();

		private boolean matchesNothing;

		void add(String condition) {
			sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
		}

		void add(String condition, String name, Object value) {
			add(condition);
			params.put(name, value);
		}

	}

	private static Where where(Filter filter) {
		TicketSearch search = filter.search();
		StaffMember by = filter.by();
		Where where = new Where();
		if (by.role().isDepartmentScoped()) {
			// Never without it: a department's support and URP see only their department's tickets.
			where.add("department_code = :scope", "scope", by.departmentCode());
		}
		if (search.number() != null && !search.number().isBlank()) {
			where.add("number like :number escape '\\'", "number", likePrefix(search.number().strip()));
		}
		if (filter.citizenIds() != null) {
			if (filter.citizenIds().isEmpty()) {
				where.matchesNothing = true;
			}
			else {
				where.add("citizen_id in (:citizenIds)", "citizenIds", filter.citizenIds());
			}
		}
		if (search.citizenId() != null) {
			where.add("citizen_id = :citizenId", "citizenId", search.citizenId());
		}
		if (search.state() != null) {
			where.add("state = :state", "state", search.state().name());
		}
		if (search.level() != null) {
			List<String> holding = Arrays.stream(TicketState.values())
				.filter(s -> s.level() == search.level())
				.map(TicketState::name)
				.toList();
			// Every level holds tickets in at least one state (TicketState), so the list is never empty.
			where.params.put("level", search.level().name());
			where.add("(state in (:holding) or (state = 'CLOSED' and resolved_at_level = :level))", "holding", holding);
		}
		if (search.department() != null && !search.department().isBlank()) {
			where.add("department_code = :department", "department", search.department());
		}
		if (search.category() != null && !search.category().isBlank()) {
			where.add("category_code = :category", "category", search.category());
		}
		if (search.openedFrom() != null) {
			where.add("opened_at >= :openedFrom", "openedFrom", utc(search.openedFrom().atStartOfDay(filter.zone()).toInstant()));
		}
		if (search.openedTo() != null) {
			where.add("opened_at < :openedBefore", "openedBefore",
					utc(search.openedTo().plusDays(1).atStartOfDay(filter.zone()).toInstant()));
		}
		if (search.overdue() != null) {
			where.params.put("now", utc(filter.now()));
			where.add(search.overdue() ? "(state = 'ASSIGNED' and due_at < :now)"
					: "(state <> 'ASSIGNED' or due_at is null or due_at >= :now)");
		}
		if (search.commonInterest() != null) {
			where.add("common_interest = :commonInterest", "commonInterest", search.commonInterest());
		}
		if (search.clarificationPending() != null) {
			where.add("clarification_pending = :clarificationPending", "clarificationPending",
					search.clarificationPending());
		}
		return where;
	}

	private static void orderBy(StringBuilder sql, Sort sort) {
		List<String> terms = new ArrayList<>(3);
		Sort.Direction last = Sort.Direction.DESC;
		for (Sort.Order order : sort.isSorted() ? sort : Sort.by(Sort.Direction.DESC, "openedAt")) {
			String column = SORT_COLUMNS.get(order.getProperty());
			if (column == null) {
				throw new IllegalArgumentException("not a sortable ticket property: " + order.getProperty());
			}
			terms.add(column + (order.isAscending() ? " asc" : " desc"));
			last = order.getDirection();
		}
		terms.add(last.isAscending() ? "id asc" : "id desc");
		sql.append(" order by ").append(String.join(", ", terms));
	}

	/** The typed text as a LIKE prefix: its own {@code %} and {@code _} match themselves. */
	static String likePrefix(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 1);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' || c == '%' || c == '_') {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.append('%').toString();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		String resolvedAt = rs.getString(3);
		return new Row(rs.getString(1), TicketState.valueOf(rs.getString(2)),
				resolvedAt == null ? null : Level.valueOf(resolvedAt), Channel.valueOf(rs.getString(4)), rs.getString(5),
				rs.getString(6), rs.getLong(7), rs.getString(8), Rows.instant(rs, 9), Rows.instant(rs, 10),
				Rows.instant(rs, 11), rs.getInt(12), rs.getBoolean(13));
	}

}
