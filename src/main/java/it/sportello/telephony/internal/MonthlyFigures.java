package it.sportello.telephony.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import it.sportello.telephony.TelephoneReport.MonthRow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly aggregates per queue (offered, answered, within T, unanswered, short abandons), computed again for
 * every month an import touches; the 12-month trend reads them instead of scanning a year of calls. Rows computed
 * with another threshold T than the current setting are computed again when read.
 */
@Component
class MonthlyFigures {

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
		jdbc.update("delete from telephony_month where month_start = ?", first);
		jdbc.update("insert into telephony_month (month_start, queue, threshold_seconds, offered, answered, answered_within, "
				+ "unanswered, unanswered_within) select ?, queue, ?, count(*), "
				+ "sum(case when outcome in ('ANSWERED', 'TRANSFERRED') then 1 else 0 end), "
				+ "sum(case when outcome in ('ANSWERED', 'TRANSFERRED') and wait_seconds <= ? then 1 else 0 end), "
				+ "sum(case when outcome in ('ANSWERED', 'TRANSFERRED') then 0 else 1 end), "
				+ "sum(case when outcome not in ('ANSWERED', 'TRANSFERRED') and wait_seconds <= ? then 1 else 0 end) "
				+ "from telephony_call where local_day >= ? and local_day < ? group by queue", first, t, t, t, first,
				next);
	}

	/** The 12 months ending with {@code last}, oldest first, for one queue or all. */
	@Transactional
	List<MonthRow> trend(YearMonth last, @Nullable String queue) {
		YearMonth first = last.minusMonths(11);
		List<Date> stale = jdbc.queryForList("select distinct month_start from telephony_month where month_start >= ? and "
				+ "month_start <= ? and threshold_seconds <> ?", Date.class, Date.valueOf(first.atDay(1)),
				Date.valueOf(last.atDay(1)), properties.thresholdSeconds());
		for (Date month : stale) {
			recompute(YearMonth.from(month.toLocalDate()));
		}
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
