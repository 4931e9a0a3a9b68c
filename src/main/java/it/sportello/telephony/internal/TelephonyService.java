package it.sportello.telephony.internal;

import java.io.InputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import it.sportello.shared.InvalidInputException;
import it.sportello.telephony.CallImportReport;
import it.sportello.telephony.HalfHourLoad;
import it.sportello.telephony.TelephoneReport;
import it.sportello.telephony.TelephoneReport.DayRow;
import it.sportello.telephony.TelephoneReport.IntervalRow;
import it.sportello.telephony.TelephoneReport.QueueRow;
import it.sportello.telephony.TelephoneReport.WaitBucket;
import it.sportello.telephony.TelephoneReport.WeekdayRow;
import it.sportello.telephony.Telephony;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The telephone report, summed from the aggregates kept at import (per queue, local day, half-hour and band of wait:
 * a few tens of thousands of rows a month whatever the number of calls) into the total, the queues, the days, the
 * half-hours, the weekdays and the distribution of waits; plus the pending calls, the extensions calls were put
 * through to and the 12-month trend. No call is read.
 */
@Service
class TelephonyService implements Telephony {

	/** The longest period a report covers: a year and a bit, enough for any comparison. */
	static final int MAX_DAYS = 400;

	private final JdbcTemplate jdbc;

	private final TelephonyProperties properties;

	private final CallImport calls;

	private final MonthlyFigures monthly;

	private final StaffPresence presence;

	private final ExtensionNames extensions;

	TelephonyService(JdbcTemplate jdbc, TelephonyProperties properties, CallImport calls, MonthlyFigures monthly,
			StaffPresence presence, ExtensionNames extensions) {
		this.extensions = extensions;
		this.jdbc = jdbc;
		this.properties = properties;
		this.calls = calls;
		this.monthly = monthly;
		this.presence = presence;
	}

	@Override
	public CallImportReport importCalls(String fileName, InputStream content, String by, Locale locale) {
		return calls.run(fileName, content, by, null, locale);
	}

	@Override
	public List<String> queues() {
		return jdbc.queryForList("select distinct queue from telephony_month order by queue", String.class);
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "telephony.report.to-before-from");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new InvalidInputException("to", "telephony.report.too-long", MAX_DAYS);
		}
	}

	/** Not read-only: a month whose aggregates are stale (threshold T changed) is computed again first. */
	@Override
	@Transactional
	public TelephoneReport report(LocalDate from, LocalDate to, @Nullable String queue) {
		checkPeriod(from, to);
		int t = properties.thresholdSeconds();
		double target = properties.targetPercent();
		Counts total = new Counts();
		Map<String, Counts> byQueue = new TreeMap<>();
		Map<LocalDate, Counts> byDay = new LinkedHashMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			byDay.put(day, new Counts());
		}
		Counts[] byInterval = fresh(48);
		Counts[][] byWeekdayInterval = new Counts[7][];
		for (int i = 0; i < 7; i++) {
			byWeekdayInterval[i] = fresh(48);
		}
		long[][] bands = new long[31][2];
		for (Bucket bucket : buckets(from, to, queue)) {
			bands[bucket.waitBand][0] += bucket.counts.answered;
			bands[bucket.waitBand][1] += bucket.counts.unanswered;
			total.add(bucket.counts);
			byQueue.computeIfAbsent(bucket.queue, q -> new Counts()).add(bucket.counts);
			byDay.get(bucket.day).add(bucket.counts);
			byInterval[bucket.halfHour].add(bucket.counts);
			byWeekdayInterval[bucket.day.getDayOfWeek().getValue() - 1][bucket.halfHour].add(bucket.counts);
		}
		LocalSlots slots = new LocalSlots(properties.zone());
		for (Object[] pending : pending(from, to, queue)) {
			slots.at((Long) pending[1]);
			Counts one = new Counts();
			one.pending = 1;
			total.add(one);
			byQueue.computeIfAbsent((String) pending[0], q -> new Counts()).add(one);
			byDay.get(slots.day()).add(one);
			byInterval[slots.halfHour()].add(one);
			byWeekdayInterval[slots.weekday() - 1][slots.halfHour()].add(one);
		}
		List<QueueRow> queues = byQueue.entrySet()
			.stream()
			.map(e -> new QueueRow(e.getKey(), e.getValue().figures(t, target)))
			.toList();
		List<DayRow> days = byDay.entrySet()
			.stream()
			.map(e -> new DayRow(e.getKey(), e.getValue().figures(t, target)))
			.toList();
		List<WeekdayRow> weekdays = new ArrayList<>();
		for (int w = 0; w < 7; w++) {
			Counts sum = new Counts();
			for (Counts c : byWeekdayInterval[w]) {
				sum.add(c);
			}
			weekdays.add(new WeekdayRow(w + 1, sum.figures(t, target), intervals(byWeekdayInterval[w], t, target)));
		}
		return new TelephoneReport(from, to, queue, t, target, total.figures(t, target), queues, days,
				intervals(byInterval, t, target), weekdays, waits(bands),
				monthly.trend(YearMonth.from(to), queue), transfers(from, to, queue));
	}

	private static Counts[] fresh(int n) {
		Counts[] counts = new Counts[n];
		for (int i = 0; i < n; i++) {
			counts[i] = new Counts();
		}
		return counts;
	}

	private static List<IntervalRow> intervals(Counts[] counts, int t, double target) {
		List<IntervalRow> rows = new ArrayList<>(48);
		for (int i = 0; i < 48; i++) {
			rows.add(new IntervalRow(i, start(i), counts[i].figures(t, target)));
		}
		return rows;
	}

	static String start(int halfHour) {
		return String.format(Locale.ROOT, "%02d:%02d", halfHour / 2, halfHour % 2 * 30);
	}

	record Bucket(String queue, LocalDate day, int halfHour, int waitBand, Counts counts) {
	}

	/**
	 * The aggregates of the period ({@code telephony_slot}: per queue, local day, half-hour and band of wait), a few
	 * tens of thousands of rows a month whatever the number of calls.
	 */
	List<Bucket> buckets(LocalDate from, LocalDate to, @Nullable String queue) {
		monthly.refresh(from, to);
		List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
		if (queue != null) {
			args.add(queue);
		}
		return jdbc.query("select queue, local_day, half_hour, wait_band, offered, answered, answered_within, "
				+ "unanswered_within, abandoned, timed_out, exit_empty, exit_key, transferred, answered_wait, "
				+ "unanswered_wait, talk, max_answered_wait, max_unanswered_wait from telephony_slot "
				+ "where local_day >= ? and local_day <= ?" + (queue == null ? "" : " and queue = ?"), (rs, n) -> {
					Counts c = new Counts();
					c.offered = rs.getLong(5);
					c.answered = rs.getLong(6);
					c.answeredWithin = rs.getLong(7);
					c.unanswered = c.offered - c.answered;
					c.unansweredWithin = rs.getLong(8);
					c.abandoned = rs.getLong(9);
					c.timedOut = rs.getLong(10);
					c.exitEmpty = rs.getLong(11);
					c.exitKey = rs.getLong(12);
					c.transferred = rs.getLong(13);
					c.answeredWait = rs.getLong(14);
					c.unansweredWait = rs.getLong(15);
					c.talk = rs.getLong(16);
					int maxAnswered = rs.getInt(17);
					c.maxAnsweredWait = rs.wasNull() ? -1 : maxAnswered;
					int maxUnanswered = rs.getInt(18);
					c.maxUnansweredWait = rs.wasNull() ? -1 : maxUnanswered;
					return new Bucket(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getInt(4), c);
				}, args.toArray());
	}

	private List<Object[]> pending(LocalDate from, LocalDate to, @Nullable String queue) {
		long start = from.atStartOfDay(properties.zone()).toEpochSecond();
		long end = to.plusDays(1).atStartOfDay(properties.zone()).toEpochSecond();
		List<Object> args = new ArrayList<>(List.of(start, end));
		if (queue != null) {
			args.add(queue);
		}
		return jdbc.query("select queue, entered_epoch from telephony_pending_call where entered_epoch >= ? and "
				+ "entered_epoch < ?" + (queue == null ? "" : " and queue = ?"),
				(rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) }, args.toArray());
	}

	/** The extensions calls were put through to, most frequent first, named from the directory when it knows them. */
	private List<TelephoneReport.TransferRow> transfers(LocalDate from, LocalDate to, @Nullable String queue) {
		List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
		if (queue != null) {
			args.add(queue);
		}
		List<Object[]> rows = jdbc.query("select transfer_to, sum(calls) from telephony_day_transfer where "
				+ "local_day >= ? and local_day <= ?" + (queue == null ? "" : " and queue = ?")
				+ " group by transfer_to order by sum(calls) desc, transfer_to limit 20",
				(rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) }, args.toArray());
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, String> names = extensions.all();
		return rows.stream()
			.map(r -> new TelephoneReport.TransferRow((String) r[0], names.get((String) r[0]), (Long) r[1]))
			.toList();
	}

	/** Waits in steps of 10 s up to 5 minutes, then one bucket for longer ones. */
	private static List<WaitBucket> waits(long[][] bands) {
		List<WaitBucket> buckets = new ArrayList<>();
		for (int b = 0; b <= 30; b++) {
			buckets.add(new WaitBucket(b * 10, b == 30 ? null : b * 10 + 10, bands[b][0], bands[b][1]));
		}
		return buckets;
	}

	@Override
	@Transactional
	public List<HalfHourLoad> halfHourLoad(LocalDate from, LocalDate to, @Nullable String queue) {
		checkPeriod(from, to);
		Map<String, Counts> byKey = new HashMap<>();
		for (Bucket bucket : buckets(from, to, queue)) {
			byKey.computeIfAbsent(bucket.day + "/" + bucket.halfHour, k -> new Counts()).add(bucket.counts);
		}
		Map<String, Double> agents = presence.averageAvailable(from, to, queue);
		List<HalfHourLoad> loads = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			for (int h = 0; h < 48; h++) {
				String key = day + "/" + h;
				Counts c = byKey.getOrDefault(key, new Counts());
				loads.add(new HalfHourLoad(day, h, c.offered, c.answered,
						c.answered == 0 ? null : Counts.round((double) c.talk / c.answered),
						Counts.round(agents.getOrDefault(key, 0.0))));
			}
		}
		return loads;
	}

	static long startOf(LocalDate day, java.time.ZoneId zone) {
		return ZonedDateTime.of(day.atStartOfDay(), zone).toEpochSecond();
	}

}
