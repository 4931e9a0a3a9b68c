package it.sportello.reporting.tickets;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import it.sportello.identity.StaffMember;
import it.sportello.reporting.tickets.TicketDashboard.CloseTime;
import it.sportello.reporting.tickets.TicketDashboard.Count;
import it.sportello.reporting.tickets.TicketDashboard.Day;
import it.sportello.reporting.tickets.TicketDashboard.DepartmentFigures;
import it.sportello.ticketing.Level;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboards from the read models ({@code report_ticket}, {@code report_ticket_event}), never from the
 * tickets. The department {@link DashboardScope} decides is a condition of every query: a department's dashboards
 * count only the tickets that department received (escalated or assigned to it).
 */
@Service
@Transactional(readOnly = true)
public class TicketDashboards {

	private static final String RECEIVED_BY = " and %s in (select r.number from report_ticket_event r "
			+ "where r.department_code = :department and r.kind in ('ESCALATED', 'ASSIGNED'))";

	private final JdbcClient jdbc;

	private final DashboardScope scope;

	private final Clock clock;

	TicketDashboards(JdbcClient jdbc, DashboardScope scope, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.clock = clock;
	}

	/** The dashboards {@code me} may read for the period, of {@code department} (null: all, or the user's own). */
	public TicketDashboard read(LocalDate from, LocalDate to, @Nullable String department, StaffMember me) {
		DashboardScope.checkPeriod(from, to);
		String dept = scope.department(me, department);
		Instant now = clock.instant();
		Query q = new Query(from, to, dept);
		List<Count> channels = counts("select channel, count(*) from report_ticket where opened_day between :from and :to"
				+ q.received("number") + " group by channel order by count(*) desc, channel", q);
		List<Count> categories = counts("select category_code, count(*) from report_ticket "
				+ "where opened_day between :from and :to" + q.received("number")
				+ " group by category_code order by count(*) desc, category_code", q);
		long opened = channels.stream().mapToLong(Count::count).sum();
		List<Day> days = days(q);
		List<Count> hours = hours(q);
		Map<Level, List<Long>> durations = durations(q);
		long closed = durations.values().stream().mapToLong(List::size).sum();
		long atFirstLevel = durations.getOrDefault(Level.FIRST_LEVEL, List.of()).size();
		Double share = closed == 0 ? null : Math.round(1000.0 * atFirstLevel / closed) / 10.0;
		List<CloseTime> times = new ArrayList<>();
		durations.forEach((level, seconds) -> times.add(new CloseTime(level, seconds.size(),
				Percentiles.nearestRank(seconds, 50), Percentiles.nearestRank(seconds, 90))));
		long toBackOffice = q.bind(jdbc.sql("select count(*) from report_ticket_event where local_day between :from and :to "
				+ "and kind = 'ESCALATED' and level = 'BACK_OFFICE'" + q.received("number"))).query(Long.class).single();
		return new TicketDashboard(from, to, dept, opened, closed, atFirstLevel, share, channels, categories, days, hours,
				toBackOffice, departments(q, now), times, now);
	}

	private record Query(LocalDate from, LocalDate to, @Nullable String department) {

		String received(String column) {
			return department == null ? "" : RECEIVED_BY.formatted(column);
		}

		String only(String column) {
			return department == null ? "" : " and " + column + " = :department";
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			statement = statement.param("from", from).param("to", to);
			return department == null ? statement : statement.param("department", department);
		}

	}

	private List<Count> counts(String sql, Query q) {
		return q.bind(jdbc.sql(sql)).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
	}

	private List<Day> days(Query q) {
		Map<LocalDate, long[]> byDay = new TreeMap<>();
		for (LocalDate d = q.from(); !d.isAfter(q.to()); d = d.plusDays(1)) {
			byDay.put(d, new long[2]);
		}
		q.bind(jdbc.sql("select opened_day, count(*) from report_ticket where opened_day between :from and :to"
				+ q.received("number") + " group by opened_day"))
			.query((rs, n) -> byDay.get(rs.getObject(1, LocalDate.class))[0] = rs.getLong(2))
			.list();
		q.bind(jdbc.sql("select closed_day, count(*) from report_ticket where closed_day between :from and :to"
				+ q.received("number") + " group by closed_day"))
			.query((rs, n) -> byDay.get(rs.getObject(1, LocalDate.class))[1] = rs.getLong(2))
			.list();
		return byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
	}

	private List<Count> hours(Query q) {
		long[] byHour = new long[24];
		q.bind(jdbc.sql("select opened_hour, count(*) from report_ticket where opened_day between :from and :to"
				+ q.received("number") + " group by opened_hour"))
			.query((rs, n) -> byHour[rs.getInt(1)] = rs.getLong(2))
			.list();
		List<Count> hours = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			hours.add(new Count("%02d".formatted(h), byHour[h]));
		}
		return hours;
	}

	private Map<Level, List<Long>> durations(Query q) {
		Map<Level, List<Long>> byLevel = new EnumMap<>(Level.class);
		q.bind(jdbc.sql("select resolved_level, seconds_to_close from report_ticket where closed_day between :from and :to "
				+ "and seconds_to_close is not null" + q.received("number") + " order by seconds_to_close"))
			.query((rs, n) -> byLevel.computeIfAbsent(Level.valueOf(rs.getString(1)), l -> new ArrayList<>())
				.add(rs.getLong(2)))
			.list();
		return byLevel;
	}

	private List<DepartmentFigures> departments(Query q, Instant now) {
		Map<String, long[]> figures = new TreeMap<>();
		q.bind(jdbc.sql("select department_code, count(*) from report_ticket_event where local_day between :from and :to "
				+ "and kind in ('ESCALATED', 'ASSIGNED') and department_code is not null" + q.only("department_code")
				+ " group by department_code"))
			.query((rs, n) -> row(figures, rs.getString(1))[0] = rs.getLong(2))
			.list();
		q.bind(jdbc.sql("select department_code, count(*), sum(case when due_at < :now then 1 else 0 end) "
				+ "from report_ticket where holder_level = 'DEPARTMENT' and department_code is not null"
				+ q.only("department_code") + " group by department_code")
			.param("now", TicketFacts.utc(now)))
			.query((rs, n) -> {
				long[] row = row(figures, rs.getString(1));
				row[1] = rs.getLong(2);
				row[2] = rs.getLong(3);
				return row;
			})
			.list();
		q.bind(jdbc.sql("select department_code, count(*) from report_ticket_event where local_day between :from and :to "
				+ "and kind = 'REMINDED'" + q.only("department_code") + " group by department_code"))
			.query((rs, n) -> row(figures, rs.getString(1))[3] = rs.getLong(2))
			.list();
		Map<String, DepartmentFigures> result = new LinkedHashMap<>();
		figures.forEach((code, f) -> result.put(code, new DepartmentFigures(code, f[0], f[1], f[2], f[3])));
		return List.copyOf(result.values());
	}

	private static long[] row(Map<String, long[]> figures, String department) {
		return figures.computeIfAbsent(department, d -> new long[4]);
	}

}
