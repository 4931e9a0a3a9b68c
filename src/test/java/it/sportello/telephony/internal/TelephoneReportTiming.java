package it.sportello.telephony.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report of {@link TelephoneReportBenchmark} timed by wall clock and by CPU time, the application's thread and the
 * PostgreSQL backend that serves it (read from {@code /proc}): on a shared, loaded machine the wall clock measures
 * the other processes, the CPU time what one report costs. Arguments: the JDBC URL, then periods {@code from/to}.
 * Not a test: {@code bench/telephony.sh} runs it after JMH.
 */
public final class TelephoneReportTiming {

	private TelephoneReportTiming() {
	}

	public static void main(String[] args) throws Exception {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(args[0], "postgres", "", true);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TelephonyProperties properties = new TelephonyProperties(ZoneId.of("Europe/Rome"), 30, 90, (@Nullable Path) null,
				"queue_log*", Duration.ofMinutes(1), Duration.ofMinutes(2), 100, "0 30 6 * * *");
		MonthlyFigures monthly = new MonthlyFigures(jdbc, properties);
		CallImport calls = new CallImport(dataSource, jdbc,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), properties,
				new StaticMessageSource(), monthly, Clock.systemUTC());
		TelephonyService service = new TelephonyService(jdbc, properties, calls, monthly,
				new StaffPresence(jdbc, properties), new ExtensionNames(() -> Map.of("4185", "Rossi Maria")));
		Integer backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int a = 1; a < args.length; a++) {
			String[] dates = args[a].split("/");
			LocalDate from = LocalDate.parse(dates[0]);
			LocalDate to = LocalDate.parse(dates[1]);
			for (int run = 1; run <= 10; run++) {
				long cpu = threads.getCurrentThreadCpuTime();
				long db = ticks(backend);
				long wall = System.nanoTime();
				long offered = service.report(from, to, null).total().offered();
				double wallMs = (System.nanoTime() - wall) / 1e6;
				double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
				long dbMs = (ticks(backend) - db) * 10;
				System.out.printf(Locale.ROOT, "report %s run %d: %d calls, wall %.0f ms, CPU application %.0f ms + "
						+ "PostgreSQL %d ms%n", args[a], run, offered, wallMs, cpuMs, dbMs);
			}
		}
		dataSource.destroy();
	}

	/** The backend's user + system CPU in clock ticks (1/100 s), from {@code /proc/PID/stat}. */
	private static long ticks(@Nullable Integer pid) throws Exception {
		Path stat = Path.of("/proc/" + pid + "/stat");
		if (pid == null || !Files.isReadable(stat)) {
			return 0;
		}
		String text = Files.readString(stat);
		String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

}
