package it.sportello.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for API tests against the running server: HTTP Basic as a demo user (password =
 * user name), JSON in and out, and errors returned rather than thrown so tests can assert on them.
 */
public final class Api {

	/** One API token per user and server, obtained once with HTTP Basic: BCrypt on every call would dominate the tests. */
	private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

	private final RestClient client;

	private final int port;

	private final ObjectMapper json = new ObjectMapper();

	public Api(int port) {
		this.port = port;
		this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
	}

	public record Response(int status, HttpHeaders headers, JsonNode body) {

		public String text(String field) {
			return body.path(field).asString();
		}

		public @Nullable String etag() {
			return headers.getETag();
		}

	}

	public Response get(String user, String path) {
		return call(HttpMethod.GET, user, path, null, Map.of());
	}

	public Response post(String user, String path, @Nullable Object body) {
		return call(HttpMethod.POST, user, path, body, Map.of());
	}

	public Response post(String user, String path, @Nullable Object body, Map<String, String> headers) {
		return call(HttpMethod.POST, user, path, body, headers);
	}

	public Response call(HttpMethod method, @Nullable String user, String path, @Nullable Object body,
			Map<String, String> headers) {
		RestClient.RequestBodySpec request = client.method(method).uri(path).accept(MediaType.APPLICATION_JSON,
				MediaType.APPLICATION_PROBLEM_JSON);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(user));
		}
		headers.forEach(request::header);
		if (body instanceof String raw) {
			request.contentType(MediaType.APPLICATION_JSON).body(raw);
		}
		else if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
		}
		return request.exchange((req, res) -> {
			HttpStatusCode status = res.getStatusCode();
			byte[] bytes = res.getBody().readAllBytes();
			JsonNode node = bytes.length == 0 ? json.nullNode() : parse(bytes);
			return new Response(status.value(), res.getHeaders(), node);
		});
	}

	private JsonNode parse(byte[] bytes) {
		try {
			return json.readTree(bytes);
		}
		catch (RuntimeException notJson) {
			return json.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
		}
	}

	/** A personal API token of the demo user, created on first use. */
	public String token(String user) {
		return TOKENS.computeIfAbsent(port + "/" + user, key -> {
			JsonNode issued = client.post()
				.uri("/api/v1/me/tokens")
				.header(HttpHeaders.AUTHORIZATION, basic(user))
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"name\":\"test\"}")
				.retrieve()
				.body(JsonNode.class);
			return issued.path("token").asString();
		});
	}

	public static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

}
