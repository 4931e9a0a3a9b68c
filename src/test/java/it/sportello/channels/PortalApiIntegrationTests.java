package it.sportello.channels;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import it.sportello.shared.Channel;
import it.sportello.shared.attachments.Attachments;
import it.sportello.support.Api;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketMessage;
import it.sportello.ticketing.TicketNumber;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizens' portal API: a request opens a ticket of channel WEB and answers its number and an access code; the
 * code lets the citizen follow it and shows nothing personal; abuse is held back by a honeypot, a limit per address,
 * size and type limits, and tracking guesses are limited per number whatever the address.
 */
@SportelloIntegrationTest
class PortalApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TicketDesk desk;

	@Autowired
	Attachments attachments;

	Api api() {
		return new Api(port);
	}

	static Map<String, Object> request(String text) {
		Map<String, Object> body = new HashMap<>();
		body.put("categoryCode", "INFORMAZIONI");
		body.put("text", text);
		body.put("firstName", "Lucia");
		body.put("lastName", "Pietrafesa");
		body.put("email", "lucia." + UUID.randomUUID().toString().substring(0, 8) + "@example.it");
		body.put("phone", "333 765 4321");
		body.put("privacyConsent", true);
		return body;
	}

	@Test
	void aRequestOpensAWebTicketAndAnswersItsNumberAndAnAccessCode() {
		Api.Response created = api().post(null, "/api/v1/public/requests",
				request("Vorrei sapere quando apre il bando per le borse di studio."));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String number = created.text("number");
		assertThat(created.text("accessCode")).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");

		Api.Response ticket = api().get("backoffice", "/api/v1/tickets/" + number);
		assertThat(ticket.text("channel")).isEqualTo("WEB");
		assertThat(ticket.text("subject")).isEqualTo("Vorrei sapere quando apre il bando per le borse di studio.");
	}

	@Test
	void trackingWithTheAccessCodeShowsStateAndLevelAndNothingPersonal() {
		Map<String, Object> body = request("Richiesta riservata sulla mia pratica di invalidità");
		Api.Response created = api().post(null, "/api/v1/public/requests", body);
		String number = created.text("number");

		Api.Response tracked = api().post(null, "/api/v1/public/tracking",
				Map.of("number", number, "proof", created.text("accessCode").toLowerCase().replace("-", " ")));

		assertThat(tracked.status()).isEqualTo(200);
		assertThat(tracked.text("state")).isEqualTo("OPEN");
		assertThat(tracked.text("level")).isEqualTo("FIRST_LEVEL");
		List<String> fields = new java.util.ArrayList<>();
		tracked.body().propertyNames().forEach(fields::add);
		assertThat(fields).containsExactlyInAnyOrder("number", "state", "level", "openedAt", "updatedAt", "closedAt",
				"answer");
		String everything = tracked.body().toString();
		assertThat(everything).doesNotContain("Lucia", "Pietrafesa", (String) body.get("email"), "765", "invalidità");
	}

	@Test
	void aWrongAccessCodeFindsNothing() {
		String number = api().post(null, "/api/v1/public/requests", request("Orari dell'ufficio caccia e pesca"))
			.text("number");
		Api.Response tracked = api().post(null, "/api/v1/public/tracking", Map.of("number", number, "proof", "ABCD-EFGH"));
		assertThat(tracked.status()).isEqualTo(404);
	}

	@Test
	void aFilledHoneypotIsRefusedAndOpensNothing() {
		Integer before = jdbc.queryForObject("select count(*) from ticket where channel = 'WEB'", Integer.class);
		Map<String, Object> body = request("Offerta imperdibile di farmaci a basso costo");
		body.put("website", "http://spam.example");

		Api.Response refused = api().post(null, "/api/v1/public/requests", body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text("detail")).isEqualTo("La richiesta non può essere accettata.");
		assertThat(jdbc.queryForObject("select count(*) from ticket where channel = 'WEB'", Integer.class))
			.isEqualTo(before);
	}

	@Test
	void withoutConsentToThePrivacyNoticeTheRequestIsRefusedNamingTheField() {
		Map<String, Object> body = request("Informazioni sul bollo auto");
		body.put("privacyConsent", false);
		Api.Response refused = api().post(null, "/api/v1/public/requests", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().toString()).contains("privacyConsent");
	}

	@Test
	void theSixthRequestFromOneAddressWithinTheHourIsRefusedWithRetryAfter() {
		for (int i = 0; i < 5; i++) {
			assertThat(api().post(null, "/api/v1/public/requests", request("Domanda numero " + i)).status())
				.isEqualTo(201);
		}
		Api.Response refused = api().post(null, "/api/v1/public/requests", request("Domanda di troppo"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.headers().getFirst("Retry-After")).isNotBlank();
	}

	@Test
	void trackingGuessesAreLimitedPerNumberWhateverTheAddress() {
		String guessed = api().post(null, "/api/v1/public/requests", request("Pratica da indovinare")).text("number");
		Api.Response other = api().post(null, "/api/v1/public/requests", request("Pratica di un altro"));
		for (int i = 0; i < 10; i++) {
			assertThat(api().post(null, "/api/v1/public/tracking", Map.of("number", guessed, "proof", "ZZZZ-ZZZ" + (i % 8 + 2)))
				.status()).isEqualTo(404);
		}
		// As if the next guesses came from other addresses: the counts per address are forgotten, the number's are not.
		jdbc.update("delete from attempt_counter where counter_key like 'tracking:%'");

		assertThat(api().post(null, "/api/v1/public/tracking", Map.of("number", guessed, "proof", "ZZZZ-ZZZZ")).status())
			.isEqualTo(429);
		assertThat(api().post(null, "/api/v1/public/tracking",
				Map.of("number", other.text("number"), "proof", other.text("accessCode"))).status())
			.isEqualTo(200);
	}

	@Test
	void aMultipartRequestKeepsItsPdfAndRefusesAnArchiveStoringNothing() throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> created = multipart(Map.of("text", "Allego la ricevuta del pagamento", "firstName", "Rocco",
				"lastName", "Larocca", "email", "rocco.larocca@example.it", "privacyConsent", "true"), "ricevuta.pdf", pdf);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String number = created.body().replaceAll(".*\"number\":\"([0-9-]+)\".*", "$1");
		List<TicketMessage> messages = desk.messages(new TicketNumber(number));
		assertThat(messages).singleElement().satisfies(message -> {
			assertThat(message.channel()).isEqualTo(Channel.WEB);
			assertThat(message.attachments()).singleElement()
				.satisfies(id -> assertThat(attachments.describe(id).orElseThrow().mediaType()).isEqualTo("application/pdf"));
		});

		Integer files = jdbc.queryForObject("select count(*) from attachment", Integer.class);
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		HttpResponse<String> refused = multipart(Map.of("text", "Allego un archivio", "firstName", "Rocco", "lastName",
				"Larocca", "email", "rocco.larocca@example.it", "privacyConsent", "true"), "documenti.zip", zip);
		assertThat(refused.statusCode()).isIn(400, 415);
		assertThat(jdbc.queryForObject("select count(*) from attachment", Integer.class)).isEqualTo(files);
	}

	private HttpResponse<String> multipart(Map<String, String> fields, String fileName, byte[] file) throws Exception {
		String boundary = "----sportello" + UUID.randomUUID();
		var body = new java.io.ByteArrayOutputStream();
		for (var field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/public/requests"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
