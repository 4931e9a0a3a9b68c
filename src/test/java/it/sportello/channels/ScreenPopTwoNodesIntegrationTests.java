package it.sportello.channels;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import it.sportello.support.Nodes;
import it.sportello.support.HttpBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The screen-pop goes through the database: the switch posts a call to one node, and the operator it rings for sees
 * it on the page they opened on the other node; an operator it does not ring for sees nothing. Two application
 * contexts on one PostgreSQL database of this test's own.
 */
class ScreenPopTwoNodesIntegrationTests {

	static String DATABASE;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoNodes() throws SQLException {
		DATABASE = Nodes.freshDatabase("_popnodes");
		first = node();
		second = node();
	}

	@AfterAll
	static void stopNodes() {
		Nodes.stop(first, second);
	}

	@Test
	void aCallPostedToOneNodePopsUpForItsOperatorOnTheOtherNodeOnly() throws Exception {
		List<String> ringing = listen(second, "operatore");
		List<String> other = listen(first, "operatore2");
		await().atMost(Duration.ofSeconds(20)).until(() -> ringing.contains("event:ready") && other.contains("event:ready"));

		String call = UUID.randomUUID().toString();
		HttpResponse<String> posted = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(first) + "/api/v1/cti/demo"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("event=newCall&from=0971664002&to=800123456&direction=in&user%5B%5D=201&callId=" + call))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).until(() -> ringing.contains("data:" + call));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> !other.contains("data:" + call));
	}

	/** Logs the user in on the node and collects the lines of their screen-pop stream as they come. */
	private static List<String> listen(ConfigurableApplicationContext node, String user) {
		HttpBrowser browser = new HttpBrowser(port(node));
		browser.login(user, user);
		List<String> lines = new CopyOnWriteArrayList<>();
		CompletableFuture.runAsync(() -> {
			try (Stream<String> stream = browser.lines("/telefono/eventi").body()) {
				Iterator<String> each = stream.iterator();
				while (each.hasNext()) {
					lines.add(each.next());
				}
			}
		});
		return lines;
	}

	private static ConfigurableApplicationContext node() {
		return Nodes.start(DATABASE);
	}

	private static int port(ConfigurableApplicationContext node) {
		return Nodes.port(node);
	}

}
