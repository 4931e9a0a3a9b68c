package it.sportello.telephony.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import it.sportello.telephony.CallImportReport;
import it.sportello.telephony.TelephoneReport;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portable path of the import (JDBC batches that skip calls already stored), on the H2 database of the demo
 * in PostgreSQL mode: the sample month gives the same reference figures as on PostgreSQL, and counts once.
 */
class CallImportOnH2Tests {

	@Test
	void theSampleMonthImportsOnH2WithTheReferenceFiguresAndCountsOnceWhenImportedAgain() throws Exception {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:telephony;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TelephonyProperties properties = new TelephonyProperties(ZoneId.of("Europe/Rome"), 30, 90, (@Nullable Path) null,
				"queue_log*", Duration.ofMinutes(1), Duration.ofMinutes(2), 100, "0 30 6 * * *");
		MonthlyFigures monthly = new MonthlyFigures(jdbc, properties);
		CallImport calls = new CallImport(dataSource, jdbc,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), properties, new StaticMessageSource(),
				monthly, Clock.systemUTC());
		CallImportReport first;
		try (InputStream in = new GZIPInputStream(new ClassPathResource("telephony/queue_log-2026-09.gz").getInputStream())) {
			first = calls.run("queue_log-2026-09", in, "test", null, Locale.ITALIAN);
		}
		assertThat(first.callsCompleted()).isEqualTo(10_301);
		assertThat(first.linesRead()).isEqualTo(38_767);
		CallImportReport second;
		try (InputStream in = new ClassPathResource("telephony/queue_log-2026-09.gz").getInputStream()) {
			// gzip-compressed as it is: the import opens it itself.
			second = calls.run("queue_log-2026-09.gz", in, "test", null, Locale.ITALIAN);
		}
		assertThat(second.callsCompleted()).isZero();
		assertThat(second.callsRepeated()).isEqualTo(10_301);
		TelephonyService service = new TelephonyService(jdbc, properties, calls, monthly, new StaffPresence(jdbc, properties),
				new ExtensionNames(() -> java.util.Map.of("4185", "Rossi Maria – Ufficio Bandi")));
		TelephoneReport report = service.report(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), null);
		assertThat(report.total().offered()).isEqualTo(10_301);
		assertThat(report.total().answeredWithinThreshold()).isEqualTo(6_814);
		assertThat(report.total().shortAbandoned()).isEqualTo(1_503);
		assertThat(report.total().serviceLevelPercent()).isEqualTo(77.45);
		assertThat(report.total().averageSpeedOfAnswerSeconds()).isEqualTo(9.38);
		assertThat(report.trend().get(11).serviceLevelPercent()).isEqualTo(77.45);
		// The switchboard's 248 calls put through, by extension: named when the directory lists it.
		assertThat(report.transfers()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
		assertThat(report.transfers()).filteredOn(t -> t.extension().equals("4185"))
			.allSatisfy(t -> assertThat(t.name()).isEqualTo("Rossi Maria – Ufficio Bandi"));
		assertThat(report.transfers()).filteredOn(t -> !t.extension().equals("4185"))
			.allSatisfy(t -> assertThat(t.name()).isNull());
		assertThat(report.total().transferred()).isEqualTo(248);
		// Three positions log in at 10:25 (local time) and out at 20:30: a sixth of 10:00-10:30 (0.5 operators on
		// average), three from 10:30, none after 20:30.
		var loads = service.halfHourLoad(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), null);
		assertThat(loads.get(20).agentsLoggedIn()).isEqualTo(0.5);
		assertThat(loads.get(21).agentsLoggedIn()).isEqualTo(3.0);
		assertThat(loads.get(40).agentsLoggedIn()).isEqualTo(3.0);
		assertThat(loads.get(41).agentsLoggedIn()).isZero();
	}

}
