package it.sportello.telephony.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import it.sportello.telephony.TelephoneReport.MonthRow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's aggregates, computed again for every month an import touches: per queue, local day, half-hour and
 * band of wait ({@code telephony_slot}, one scan of the month's calls), the calls put through per extension and day
 * ({@code telephony_day_transfer}), and per queue and month ({@code telephony_month}, summed from the slots) for the
 * 12-month trend. The report reads these instead of the calls. Months computed with another threshold T than the
 * current setting (or before the slots existed) are computed again when a report reads them.
 */
@Component
class MonthlyFigures {

	private static final String ANSWERED = "outcome in ('ANSWERED', 'TRANSFERRED')";

	private static final String UNANSWERED = "outcome not in ('ANSWERED', 'TRANSFERRED')";

	/** Bands of 10 s up to 5 minutes, band 30 for longer waits. */
	static final String WAIT_BAND = "case when wait_seconds >= 300 then 30 else wait_seconds / 10 end";

	private final JdbcTemplate jdbc;

	private final TelephonyProperties properties;

	MonthlyFigures(JdbcTemplate jdbc, TelephonyProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Transactional
	void recompute(YearMonth month) {
		Date first = Date.valueOf(month.atDay(1));
		Date next = Date.valueOf(month.plusMonths(1).atDay(1));
		int t = properties.thresholdSeconds();
		// The month's range of the calls' key (entered_epoch first), with a day's margin: local_day decides.
		long start = month.atDay(1).minusDays(1).atStartOfDay(properties.zone()).toEpochSecond();
		long end = month.plusMonths(1).atDay(2).atStartOfDay(properties.zone()).toEpochSecond();
		jdbc.update("delete from telephony_slot where local_day >= ? and local_day < ?", first, next);
		jdbc.update("insert into telephony_slot (local_day, queue, half_hour, wait_band, offered, answered, "
				+ "answered_within, unanswered_within, abandoned, timed_out, exit_empty, exit_key, transferred, "
				+ "answered_wait, unanswered_wait, talk, max_answered_wait, max_unanswered_wait) "
				+ "select local_day, queue, half_hour, " + WAIT_BAND + ", count(*), "
				+ "sum(case when " + ANSWERED + " then 1 else 0 end), "
				+ "sum(case when " + ANSWERED + " and wait_seconds <= ? then 1 else 0 end), "
				+ "sum(case when " + UNANSWERED + " and wait_seconds <= ? then 1 else 0 end), "
				+ "sum(case when outcome = 'ABANDONED' then 1 else 0 end), "
				+ "sum(case when outcome = 'TIMEOUT' then 1 else 0 end), "
				+ "sum(case when outcome = 'EXIT_EMPTY' then 1 else 0 end), "
				+ "sum(case when outcome = 'EXIT_KEY' then 1 else 0 end), "
				+ "sum(case when outcome = 'TRANSFERRED' then 1 else 0 end), "
				+ "sum(case when " + ANSWERED + " then wait_seconds else 0 end), "
				+ "sum(case when " + UNANSWERED + " then wait_seconds else 0 end), "
				+ "sum(case when " + ANSWERED + " then talk_seconds else 0 end), "
				+ "max(case when " + ANSWERED + " then wait_seconds end), "
				+ "max(case when " + UNANSWERED + " then wait_seconds end) "
				+ "from telephony_call where entered_epoch >= ? and entered_epoch < ? and local_day >= ? and local_day < ? "
				+ "group by local_day, queue, half_hour, " + WAIT_BAND, t, t, start, end, first, next);
		jdbc.update("delete from telephony_day_transfer where local_day >= ? and local_day < ?", first, next);
		jdbc.update("insert into telephony_day_transfer (local_day, queue, transfer_to, calls) "
				+ "select local_day, queue, transfer_to, count(*) from telephony_call where outcome = 'TRANSFERRED' "
				+ "and transfer_to is not null and entered_epoch >= ? and entered_epoch < ? and local_day >= ? and local_day < ? "
				+ "group by local_day, queue, transfer_to", start, end, first, next);
		jdbc.update("delete from telephony_month where month_start = ?", first);
		jdbc.update("insert into telephony_month (month_start, queue, threshold_seconds, offered, answered, answered_within, "
				+ "unanswered, unanswered_within) select ?, queue, ?, sum(offered), sum(answered), sum(answered_within), "
				+ "sum(offered) - sum(answered), sum(unanswered_within) from telephony_slot "
				+ "where local_day >= ? and local_day < ? group by queue", first, t, first, next);
	}

	/**
	 * Computes again the months of the local dates from..to whose aggregates were computed with another threshold
	 * than the current one.
	 */
	@Transactional
	void refresh(LocalDate from, LocalDate to) {
		if (stale(from, to).isEmpty()) {
			return;
		}
		// One at a time with the imports and the other readers (on PostgreSQL; the embedded H2 is one node).
		if (postgres()) {
			jdbc.queryForObject("select pg_advisory_xact_lock(" + CallImport.LOCK + ")", Object.class);
		}
		for (Date month : stale(from, to)) {
			recompute(YearMonth.from(month.toLocalDate()));
		}
	}

	private boolean postgres() {
		Boolean postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
			.toLowerCase(java.util.Locale.ROOT)
			.contains("postgres"));
		return Boolean.TRUE.equals(postgres);
	}

	private List<Date> stale(LocalDate from, LocalDate to) {
		return jdbc.queryForList("select distinct month_start from telephony_month where month_start >= ? and "
				+ "month_start <= ? and threshold_seconds <> ?", Date.class, Date.valueOf(from.withDayOfMonth(1)),
				Date.valueOf(to.withDayOfMonth(1)), properties.thresholdSeconds());
	}

	/** The 12 months ending with {@code last}, oldest first, for one queue or all. */
	@Transactional
	List<MonthRow> trend(YearMonth last, @Nullable String queue) {
		YearMonth first = last.minusMonths(11);
		refresh(first.atDay(1), last.atDay(1));
		List<MonthRow> rows = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			long[] sums = jdbc.queryForObject("select coalesce(sum(offered), 0), coalesce(sum(answered_within), 0), "
					+ "coalesce(sum(unanswered_within), 0) from telephony_month where month_start = ?"
					+ (queue == null ? "" : " and queue = ?"),
					(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) },
					queue == null ? new Object[] { Date.valueOf(month.atDay(1)) }
							: new Object[] { Date.valueOf(month.atDay(1)), queue });
			Double level = Counts.serviceLevel(sums[1], sums[0], sums[2]);
			rows.add(new MonthRow(month, sums[0], sums[1], sums[2], level,
					Counts.targetMet(sums[1], sums[0], sums[2], properties.targetPercent())));
		}
		return rows;
	}

}
