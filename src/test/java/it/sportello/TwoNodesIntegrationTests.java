package it.sportello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import it.sportello.support.Nodes;
import it.sportello.support.HttpBrowser;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL database, as behind a load balancer: page sessions, login limits
 * and scheduled jobs are shared through the database. The database is this test's own (the shared test
 * context cleans its schema), created afresh for each run.
 */
class TwoNodesIntegrationTests {

	static String DATABASE;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoNodes() throws SQLException {
		DATABASE = Nodes.freshDatabase("_nodes");
		first = node();
		second = node();
	}

	@AfterAll
	static void stopNodes() {
		Nodes.stop(first, second);
	}

	@Test
	void aSessionMadeOnOneNodeWorksOnTheOtherAndAfterTheFirstRestarts() {
		HttpBrowser browser = new HttpBrowser(port(first));
		assertThat(browser.login("operatore", "operatore").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));

		HttpResponse<String> onSecond = browser.at(port(second)).get("/profile");
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains("operatore");

		first.close();
		first = node();
		HttpResponse<String> afterRestart = browser.at(port(first)).get("/profile");
		assertThat(afterRestart.statusCode()).isEqualTo(200);
		assertThat(afterRestart.body()).contains("operatore");
	}

	@Test
	void theLoginLimitCountsFailuresOnBothNodesTogether() {
		for (int i = 0; i < 3; i++) {
			assertThat(me(first, "operatore2", "sbagliata").statusCode()).isEqualTo(401);
		}
		for (int i = 0; i < 2; i++) {
			assertThat(me(second, "operatore2", "sbagliata").statusCode()).isEqualTo(401);
		}

		assertThat(me(first, "operatore2", "operatore2").statusCode()).isEqualTo(429);
		assertThat(me(second, "operatore2", "operatore2").statusCode()).isEqualTo(429);
	}

	@Test
	void aScheduledJobLockedByOneNodeIsNotRunByTheOther() {
		ProbeJob onFirst = first.getBean(ProbeJob.class);
		ProbeJob onSecond = second.getBean(ProbeJob.class);
		await().atMost(Duration.ofSeconds(20)).until(() -> onFirst.runs() + onSecond.runs() > 0);

		// The first node takes the job's lock, as it does when it runs the job, and keeps it.
		LockProvider locks = first.getBean(LockProvider.class);
		AtomicReference<SimpleLock> held = new AtomicReference<>();
		// The nodes take it again as soon as a run's second is over: ask often, so as to be first at one of those moments.
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5)).until(() -> locks
			.lock(new LockConfiguration(Instant.now(), ProbeJob.LOCK, Duration.ofSeconds(30), Duration.ZERO))
			.map(lock -> {
				held.set(lock);
				return true;
			})
			.orElse(false));
		int before = onFirst.runs() + onSecond.runs();

		// Both nodes find the job due every 100 ms: neither runs it while the lock is held.
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> onFirst.runs() + onSecond.runs() == before);

		held.get().unlock();
		await().atMost(Duration.ofSeconds(10)).until(() -> onFirst.runs() + onSecond.runs() > before);
	}

	private static ConfigurableApplicationContext node() {
		return Nodes.start(DATABASE, ProbeJob.class);
	}

	private static int port(ConfigurableApplicationContext node) {
		return Nodes.port(node);
	}

	private static HttpResponse<String> me(ConfigurableApplicationContext node, String user, String password) {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + "/api/v1/me"))
					.header("Authorization", "Basic " + credentials)
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
