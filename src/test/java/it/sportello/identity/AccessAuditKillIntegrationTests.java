package it.sportello.identity;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import it.sportello.support.Api;
import it.sportello.support.ApplicationProcess;
import it.sportello.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access audit loses nothing when the application is killed (SIGKILL) in the middle of a load of reads:
 * every read of a citizen's record that was answered 200 has its audit row. The application runs as a process of
 * its own on a PostgreSQL database of its own.
 */
class AccessAuditKillIntegrationTests {

	private static final String DATABASE = TestDatabase.name() + "_kill";

	@Test
	void everyReadAnswered200HasItsAuditRowAfterAKill9UnderLoad(@TempDir Path directory) throws Exception {
		recreateDatabase();
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url(DATABASE), TestDatabase.user(), ""));
		Map<Long, AtomicInteger> answered = new ConcurrentHashMap<>();
		Map<Long, Long> rowsBefore;
		try (ApplicationProcess application = ApplicationProcess.start(directory, "--spring.profiles.active=demo",
				"--spring.datasource.url=" + url(DATABASE), "--spring.datasource.username=" + TestDatabase.user(),
				"--spring.datasource.password=")) {
			List<Long> citizens = jdbc.queryForList("select id from citizen order by id", Long.class);
			citizens.forEach(id -> answered.put(id, new AtomicInteger()));
			rowsBefore = readRows(jdbc);
			Api api = new Api(application.port());
			api.token("operatore");
			AtomicBoolean killed = new AtomicBoolean();
			AtomicInteger next = new AtomicInteger();
			ExecutorService clients = Executors.newFixedThreadPool(8);
			for (int client = 0; client < 8; client++) {
				clients.submit(() -> {
					while (!killed.get()) {
						long citizen = citizens.get(Math.floorMod(next.getAndIncrement(), citizens.size()));
						try {
							if (api.get("operatore", "/api/v1/citizens/" + citizen).status() == 200) {
								answered.get(citizen).incrementAndGet();
							}
						}
						catch (RuntimeException connectionLost) {
							return;
						}
					}
				});
			}
			while (total(answered) < 1500) {
				Thread.sleep(10);
			}
			application.kill();
			killed.set(true);
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}

		Map<Long, Long> rowsAfter = readRows(jdbc);
		for (Map.Entry<Long, AtomicInteger> citizen : answered.entrySet()) {
			long rows = rowsAfter.getOrDefault(citizen.getKey(), 0L) - rowsBefore.getOrDefault(citizen.getKey(), 0L);
			assertThat(rows).as("audit rows of citizen %d, read %d times with 200", citizen.getKey(), citizen.getValue().get())
				.isGreaterThanOrEqualTo(citizen.getValue().get());
		}
	}

	private static int total(Map<Long, AtomicInteger> answered) {
		return answered.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	private static Map<Long, Long> readRows(JdbcTemplate jdbc) {
		return jdbc.queryForList("""
				select subject_id, count(*) as n from access_audit
				where username = 'operatore' and action = 'READ' and subject_type = 'CITIZEN' group by subject_id""")
			.stream()
			.collect(Collectors.toMap(row -> Long.valueOf((String) row.get("subject_id")),
					row -> ((Number) row.get("n")).longValue(), Long::sum));
	}

	private static void recreateDatabase() throws Exception {
		try (Connection connection = DriverManager.getConnection(url("postgres"), TestDatabase.user(), "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists \"" + DATABASE + "\" with (force)");
			statement.execute("create database \"" + DATABASE + "\"");
		}
	}

	private static String url(String database) {
		return "jdbc:postgresql://" + TestDatabase.host() + ":5432/" + database;
	}

}
