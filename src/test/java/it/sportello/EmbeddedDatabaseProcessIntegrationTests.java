package it.sportello;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import it.sportello.support.Api;
import it.sportello.support.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-command start as a user runs it: the demo on the embedded H2 file database under {@code ./data}, with
 * the settings of {@code application.yml}. A ticket answered 201 is on disk even if the process is killed at once,
 * and a normal stop (SIGTERM, as Ctrl+C sends) prints no error.
 */
class EmbeddedDatabaseProcessIntegrationTests {

	@Test
	void everyTicketAnswered201SurvivesAKill9(@TempDir Path directory) throws Exception {
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		try (ApplicationProcess application = ApplicationProcess.start(directory, "--spring.profiles.active=demo")) {
			Api api = new Api(application.port());
			api.token("operatore");
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService clients = Executors.newFixedThreadPool(4);
			for (int client = 0; client < 4; client++) {
				clients.submit(() -> {
					while (!killed.get()) {
						try {
							Api.Response opened = api.post("operatore", "/api/v1/tickets", ticket());
							if (opened.status() == 201) {
								acknowledged.add(opened.text("number"));
							}
						}
						catch (RuntimeException connectionLost) {
							return;
						}
					}
				});
			}
			while (acknowledged.size() < 40) {
				Thread.sleep(20);
			}
			application.kill();
			killed.set(true);
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}

		assertThat(storedTickets(directory)).containsAll(acknowledged);
	}

	@Test
	void aSigtermStopsTheDemoWithoutErrorsOrWarnings(@TempDir Path directory) throws Exception {
		try (ApplicationProcess application = ApplicationProcess.start(directory, "--spring.profiles.active=demo")) {
			Api api = new Api(application.port());
			assertThat(api.post("operatore", "/api/v1/tickets", ticket()).status()).isEqualTo(201);
			int printedBeforeTheStop = application.output().length();

			int exitStatus = application.terminate();

			String shutdown = application.output().substring(printedBeforeTheStop);
			// A JVM ended by SIGTERM exits with 128 + 15 once its shutdown hooks (Spring's orderly close) have run.
			assertThat(exitStatus).isEqualTo(143);
			assertThat(shutdown.lines().filter(line -> line.contains(" ERROR ") || line.contains(" WARN ")).toList())
				.isEmpty();
			assertThat(shutdown).doesNotContain("Exception");
		}
	}

	private static Map<String, Object> ticket() {
		return Map.of("channel", "PHONE", "categoryCode", "INFORMAZIONI", "subject", "Durata", "description",
				"Il cittadino chiede se la richiesta resta registrata", "citizen",
				Map.of("kind", "PERSON", "firstName", "Rocco", "lastName", "Lauria", "phone", "0971 661234"));
	}

	/** Read with H2 itself, after the kill: what the file holds, not what a restarted application would make of it. */
	private static List<String> storedTickets(Path directory) throws Exception {
		String url = "jdbc:h2:file:" + directory.resolve("data/sportello") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				PreparedStatement select = connection.prepareStatement("select number from ticket");
				ResultSet rows = select.executeQuery()) {
			List<String> numbers = new java.util.ArrayList<>();
			while (rows.next()) {
				numbers.add(rows.getString(1));
			}
			return numbers;
		}
	}

}
