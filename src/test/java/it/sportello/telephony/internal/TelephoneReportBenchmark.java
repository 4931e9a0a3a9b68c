package it.sportello.telephony.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import it.sportello.telephony.TelephoneReport;

/**
 * Time of the telephone report on the calls that {@code bench/telephony.sh} imported into PostgreSQL (system
 * properties {@code bench.db.url}, {@code bench.from}, {@code bench.to}): the grouped query, the sums, the
 * waits and the 12-month trend. Not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TelephoneReportBenchmark {

	@Param({ "2026-10-01/2026-10-11", "2026-10-01/2026-10-31" })
	public String period;

	private SingleConnectionDataSource dataSource;

	private TelephonyService service;

	@Setup
	public void open() {
		dataSource = new SingleConnectionDataSource(System.getProperty("bench.db.url"), "postgres", "", true);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TelephonyProperties properties = new TelephonyProperties(ZoneId.of("Europe/Rome"), 30, 90, (@Nullable Path) null,
				"queue_log*", Duration.ofMinutes(1), Duration.ofMinutes(2), 100, "0 30 6 * * *");
		MonthlyFigures monthly = new MonthlyFigures(jdbc, properties);
		CallImport calls = new CallImport(dataSource, jdbc,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), properties,
				new StaticMessageSource(), monthly, Clock.systemUTC());
		service = new TelephonyService(jdbc, properties, calls, monthly, new StaffPresence(jdbc, properties),
				new ExtensionNames(() -> java.util.Map.of("4185", "Rossi Maria – Ufficio Bandi")));
	}

	@Benchmark
	public TelephoneReport report() {
		String[] dates = period.split("/");
		return service.report(LocalDate.parse(dates[0]), LocalDate.parse(dates[1]), null);
	}

	@TearDown
	public void close() {
		dataSource.destroy();
	}

}
