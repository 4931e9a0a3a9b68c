package it.sportello.channels;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The telephony endpoint speaks Zammad's generic CTI API over HTTP: JSON and form-encoded bodies, {@code callId} or
 * {@code call_id}, {@code {}} or an action, 401 and 422 as Zammad answers, and repeated events change nothing.
 */
@SportelloIntegrationTest
class CtiApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void aJsonCallRingingAnsweredAndHungUpIsLoggedWithWaitingAndTalkingTimes() {
		String call = UUID.randomUUID().toString();
		assertThat(postJson("demo", Map.of("event", "newCall", "from", "0971 664002", "to", "800123456", "direction",
				"in", "callId", call, "user", List.of("201"), "queue", "urp"))).isEqualTo(new Reply(200, "{}"));
		assertThat(postJson("demo", Map.of("event", "answer", "from", "0971 664002", "to", "800123456", "direction",
				"in", "callId", call, "answeringNumber", "201"))).isEqualTo(new Reply(200, "{}"));
		assertThat(postJson("demo", Map.of("event", "hangup", "from", "0971 664002", "to", "800123456", "direction",
				"in", "callId", call, "cause", "normalClearing"))).isEqualTo(new Reply(200, "{}"));

		Map<String, Object> row = jdbc.queryForMap("select * from phone_call where call_id = ?", call);
		assertThat(row.get("caller")).as("landline's leading 0 kept").isEqualTo("+390971664002");
		assertThat(row).containsEntry("state", "ENDED").containsEntry("answered_by", "operatore")
			.containsEntry("ringing_for", "operatore").containsEntry("cause", "normalClearing");

		JsonNode log = new Api(port).get("operatore", "/api/v1/calls").body();
		JsonNode mine = find(log, call);
		assertThat(mine.path("waiting").isMissingNode()).isFalse();
		assertThat(mine.path("talking").isNull()).isFalse();
		assertThat(mine.path("missed").asBoolean()).isFalse();
		assertThat(find(new Api(port).get("operatore2", "/api/v1/calls").body(), call).isMissingNode())
			.as("another operator's call is not in operatore2's log").isTrue();
		assertThat(find(new Api(port).get("responsabile", "/api/v1/calls").body(), call).isMissingNode())
			.as("the manager sees every call").isFalse();
	}

	@Test
	void aFormEncodedEventWithUserArrayAndCallUnderscoreIdIsAccepted() {
		String call = UUID.randomUUID().toString();
		Reply reply = postForm("demo", "event=newCall&from=%2B39%20333%201234567&to=800123456&direction=in&call_id="
				+ call + "&user%5B%5D=202&user%5B%5D=nessuno&queue=first");
		assertThat(reply).isEqualTo(new Reply(200, "{}"));
		assertThat(jdbc.queryForMap("select caller, ringing_for from phone_call where call_id = ?", call))
			.containsEntry("caller", "+393331234567")
			.containsEntry("ringing_for", "operatore2");
		assertThat(jdbc.queryForList("select username from screen_pop where call_id = ?", String.class, call))
			.containsExactly("operatore2");
	}

	@Test
	void aRepeatedEventChangesNothingAndGetsTheSameAnswer() {
		String call = UUID.randomUUID().toString();
		Map<String, Object> ring = Map.of("event", "newCall", "from", "0971 400100", "to", "800123456", "direction",
				"in", "callId", call, "user", List.of("operatore"));
		Map<String, Object> hangup = Map.of("event", "hangup", "from", "0971 400100", "to", "800123456", "direction",
				"in", "callId", call, "cause", "cancel");
		assertThat(postJson("demo", ring).status()).isEqualTo(200);
		assertThat(postJson("demo", hangup).status()).isEqualTo(200);
		Map<String, Object> before = jdbc.queryForMap("select * from phone_call where call_id = ?", call);

		assertThat(postJson("demo", ring)).isEqualTo(new Reply(200, "{}"));
		assertThat(postJson("demo", hangup)).isEqualTo(new Reply(200, "{}"));

		assertThat(jdbc.queryForMap("select * from phone_call where call_id = ?", call)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from screen_pop where call_id = ?", Integer.class, call))
			.isEqualTo(1);
		assertThat(before).containsEntry("state", "ENDED");
		JsonNode missed = find(new Api(port).get("operatore", "/api/v1/calls").body(), call);
		assertThat(missed.path("missed").asBoolean()).as("rang, never answered, hung up: a missed call").isTrue();
	}

	@Test
	void aWrongTokenIs401AndStoresNothing() {
		String call = UUID.randomUUID().toString();
		Reply reply = postJson("sbagliato", Map.of("event", "newCall", "from", "0971 664002", "to", "800123456",
				"direction", "in", "callId", call));
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.body()).contains("token");
		assertThat(jdbc.queryForObject("select count(*) from phone_call where call_id = ?", Integer.class, call))
			.isZero();
	}

	@Test
	void aWrongDirectionIs422WithAProblemDetail() {
		String call = UUID.randomUUID().toString();
		Reply reply = postForm("demo", "event=newCall&from=0971664002&to=800123456&direction=sideways&callId=" + call);
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body()).contains("sideways").contains("\"status\":422");
		assertThat(jdbc.queryForObject("select count(*) from phone_call where call_id = ?", Integer.class, call))
			.isZero();
	}

	@Test
	void aBlockedCallerIsRejectedAndPopsUpNowhere() {
		String call = UUID.randomUUID().toString();
		Reply reply = postJson("demo", Map.of("event", "newCall", "from", "+39 0971 999999", "to", "800123456",
				"direction", "in", "callId", call, "user", List.of("201")));
		assertThat(reply).isEqualTo(new Reply(200, "{\"action\":\"reject\",\"reason\":\"busy\"}"));
		assertThat(jdbc.queryForObject("select count(*) from screen_pop where call_id = ?", Integer.class, call))
			.isZero();
	}

	@Test
	void anOutgoingCallIsDialledShowingTheTollFreeNumber() {
		String call = UUID.randomUUID().toString();
		Reply reply = postJson("demo", Map.of("event", "newCall", "from", "201", "to", "0971 664002", "direction",
				"out", "callId", call, "user", List.of("operatore")));
		JsonNode body = json.readTree(reply.body());
		assertThat(body.path("action").asString()).isEqualTo("dial");
		assertThat(body.path("caller_id").asString()).isEqualTo("+39800123456");
		assertThat(body.path("number").asString()).isEqualTo("+390971664002");
	}

	private JsonNode find(JsonNode calls, String callId) {
		for (JsonNode call : calls) {
			if (callId.equals(call.path("callId").asString())) {
				return call;
			}
		}
		return json.missingNode();
	}

	record Reply(int status, String body) {
	}

	private Reply postJson(String token, Map<String, Object> body) {
		return post(token, "application/json", json.writeValueAsString(body));
	}

	private Reply postForm(String token, String body) {
		return post(token, "application/x-www-form-urlencoded", body);
	}

	private Reply post(String token, String type, String body) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cti/" + token))
					.header("Content-Type", type)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body());
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
