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
 * The telephone report, computed from one grouped query over the period's calls (by queue, local day and
 * half-hour: a few thousand rows whatever the number of calls) and summed here into the total, the queues, the days,
 * the half-hours and the weekdays; plus the distribution of waits, the pending calls and the 12-month trend.
 */
@Service
class TelephonyService implements Telephony {

	/** The longest period a report covers: a year and a bit, enough for any comparison. */
	static final int MAX_DAYS = 400;

	private static final String ANSWERED = "outcome in ('ANSWERED', 'TRANSFERRED')";

	private static final String UNANSWERED = "outcome not in ('ANSWERED', 'TRANSFERRED')";

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

	@Override
	@Transactional(readOnly = true)
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
		for (Bucket bucket : buckets(from, to, queue, t)) {
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
				intervals(byInterval, t, target), weekdays, waits(from, to, queue),
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

	record Bucket(String queue, LocalDate day, int halfHour, Counts counts) {
	}

	List<Bucket> buckets(LocalDate from, LocalDate to, @Nullable String queue, int t) {
		List<Object> args = new ArrayList<>(List.of(t, t, Date.valueOf(from), Date.valueOf(to)));
		if (queue != null) {
			args.add(queue);
		}
		return jdbc.query("select queue, local_day, half_hour, count(*), "
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
				+ "from telephony_call where local_day >= ? and local_day <= ?"
				+ (queue == null ? "" : " and queue = ?") + " group by queue, local_day, half_hour", (rs, n) -> {
					Counts c = new Counts();
					c.offered = rs.getLong(4);
					c.answered = rs.getLong(5);
					c.answeredWithin = rs.getLong(6);
					c.unanswered = c.offered - c.answered;
					c.unansweredWithin = rs.getLong(7);
					c.abandoned = rs.getLong(8);
					c.timedOut = rs.getLong(9);
					c.exitEmpty = rs.getLong(10);
					c.exitKey = rs.getLong(11);
					c.transferred = rs.getLong(12);
					c.answeredWait = rs.getLong(13);
					c.unansweredWait = rs.getLong(14);
					c.talk = rs.getLong(15);
					int maxAnswered = rs.getInt(16);
					c.maxAnsweredWait = rs.wasNull() ? -1 : maxAnswered;
					int maxUnanswered = rs.getInt(17);
					c.maxUnansweredWait = rs.wasNull() ? -1 : maxUnanswered;
					return new Bucket(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3), c);
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
		List<Object[]> rows = jdbc.query("select transfer_to, count(*) from telephony_call where outcome = 'TRANSFERRED' "
				+ "and transfer_to is not null and local_day >= ? and local_day <= ?" + (queue == null ? "" : " and queue = ?")
				+ " group by transfer_to order by count(*) desc, transfer_to limit 20",
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
	private List<WaitBucket> waits(LocalDate from, LocalDate to, @Nullable String queue) {
		Map<Integer, long[]> sums = new HashMap<>();
		List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
		if (queue != null) {
			args.add(queue);
		}
		jdbc.query("select case when wait_seconds >= 300 then 30 else wait_seconds / 10 end, "
				+ "sum(case when " + ANSWERED + " then 1 else 0 end), sum(case when " + UNANSWERED
				+ " then 1 else 0 end) from telephony_call where local_day >= ? and local_day <= ?"
				+ (queue == null ? "" : " and queue = ?") + " group by case when wait_seconds >= 300 then 30 "
				+ "else wait_seconds / 10 end", rs -> {
					sums.put(rs.getInt(1), new long[] { rs.getLong(2), rs.getLong(3) });
				}, args.toArray());
		List<WaitBucket> buckets = new ArrayList<>();
		for (int b = 0; b <= 30; b++) {
			long[] s = sums.getOrDefault(b, new long[2]);
			buckets.add(new WaitBucket(b * 10, b == 30 ? null : b * 10 + 10, s[0], s[1]));
		}
		return buckets;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HalfHourLoad> halfHourLoad(LocalDate from, LocalDate to, @Nullable String queue) {
		checkPeriod(from, to);
		Map<String, Counts> byKey = new HashMap<>();
		for (Bucket bucket : buckets(from, to, queue, properties.thresholdSeconds())) {
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
