package it.sportello.channels.sms;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider's HTTP send API, described by settings (URL, authentication, body format, field names), which fits the
 * common providers' "POST to, text, from; answer a JSON with the message's id" APIs. A 2xx answer is a sent message;
 * anything else is an {@link SmsSendException} naming the status (never the text).
 */
public class HttpSmsGateway implements SmsGateway {

	private final SmsProperties.Gateway settings;

	private final HttpClient client;

	private final JsonMapper json;

	public HttpSmsGateway(SmsProperties.Gateway settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
		this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public boolean configured() {
		return settings.url() != null;
	}

	@Override
	public String send(String to, String text) {
		if (settings.url() == null) {
			throw new SmsSendException("no SMS provider configured (sportello.sms.gateway.url)");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(settings.toField(), "DIGITS".equalsIgnoreCase(settings.recipientFormat()) && to.startsWith("+")
				? to.substring(1) : to);
		fields.put(settings.textField(), text);
		if (settings.sender() != null && !settings.sender().isBlank()) {
			fields.put(settings.senderField(), settings.sender());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout());
		if (settings.format() == SmsProperties.Format.JSON) {
			request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(fields)));
		}
		else {
			String form = fields.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		}
		request.header("Accept", "application/json");
		authenticate(request);
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new SmsSendException("SMS provider unreachable: " + ex.getClass().getSimpleName(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SmsSendException("interrupted while sending", ex);
		}
		if (response.statusCode() / 100 != 2) {
			throw new SmsSendException("SMS provider answered " + response.statusCode());
		}
		return idOf(response.body());
	}

	private void authenticate(HttpRequest.Builder request) {
		switch (settings.auth()) {
			case BASIC -> request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((nonNull(settings.username()) + ":" + nonNull(settings.password()))
					.getBytes(StandardCharsets.UTF_8)));
			case BEARER -> request.header("Authorization", "Bearer " + nonNull(settings.token()));
			case HEADER -> request.header(settings.tokenHeader(), nonNull(settings.token()));
			case NONE -> {
			}
		}
	}

	/** The provider's id of the message: the configured field of a JSON answer, else the answer's text itself. */
	private String idOf(String body) {
		String trimmed = body.strip();
		if (trimmed.startsWith("{")) {
			try {
				JsonNode node = json.readTree(trimmed);
				JsonNode id = node.path(settings.idField());
				if (!id.isMissingNode() && !id.isNull()) {
					return id.asString();
				}
			}
			catch (JacksonException ex) {
				throw new SmsSendException("SMS provider answered 2xx with unreadable JSON", ex);
			}
		}
		if (trimmed.isEmpty()) {
			throw new SmsSendException("SMS provider answered 2xx without a message id");
		}
		return trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}

}
