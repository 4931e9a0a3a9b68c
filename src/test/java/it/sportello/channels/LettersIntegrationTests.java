package it.sportello.channels;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import it.sportello.shared.Channel;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketMessage;
import it.sportello.ticketing.TicketNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator registers a letter, a fax or a counter visit: a ticket of that channel whose request was received on
 * the date given (earlier than today if so), with its scans and protocol number; the same protocol number twice is
 * one ticket; a date in the future is refused.
 */
@SportelloIntegrationTest
class LettersIntegrationTests {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@LocalServerPort
	int port;

	@Autowired
	TicketDesk desk;

	private Map<String, Object> letter(String protocol, LocalDate receivedOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("channel", "LETTER");
		body.put("receivedOn", receivedOn.toString());
		body.put("protocolNumber", protocol);
		body.put("categoryCode", "INFORMAZIONI");
		body.put("subject", "Richiesta di contributo per il restauro");
		body.put("description", "Il sottoscritto chiede informazioni sul contributo regionale.");
		body.put("firstName", "Canio");
		body.put("lastName", "Bochicchio");
		body.put("fiscalCode", null);
		return body;
	}

	@Test
	void aLetterReceivedLastWeekOpensALetterTicketDatedOnItsReceiptWithItsScan() throws Exception {
		LocalDate lastWeek = LocalDate.now(ROME).minusDays(7);
		String protocol = "PROT-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		Map<String, Object> fields = letter(protocol, lastWeek);
		fields.remove("fiscalCode");

		HttpResponse<String> registered = multipart(fields, "lettera.pdf", pdf);

		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		String number = registered.body().replaceAll(".*\"number\":\"([0-9-]+)\".*", "$1");
		Api api = new Api(port);
		assertThat(api.get("backoffice", "/api/v1/tickets/" + number).text("channel")).isEqualTo("LETTER");
		Api.Response registration = api.get("backoffice", "/api/v1/letters/" + number);
		assertThat(registration.text("receivedOn")).isEqualTo(lastWeek.toString());
		assertThat(registration.text("protocolNumber")).isEqualTo(protocol);
		assertThat(registration.text("registeredBy")).isEqualTo("operatore");
		List<TicketMessage> messages = desk.messages(new TicketNumber(number));
		assertThat(messages).singleElement().satisfies(message -> {
			assertThat(message.channel()).isEqualTo(Channel.LETTER);
			assertThat(message.at()).isEqualTo(lastWeek.atStartOfDay(ROME).toInstant());
			assertThat(message.attachments()).hasSize(1);
		});
	}

	@Test
	void theSameProtocolNumberRegisteredTwiceIsOneTicket() {
		String protocol = "PROT-" + UUID.randomUUID().toString().substring(0, 8);
		Api api = new Api(port);
		Api.Response first = api.post("operatore", "/api/v1/letters", letter(protocol, LocalDate.now(ROME)));
		Api.Response second = api.post("backoffice", "/api/v1/letters", letter(protocol, LocalDate.now(ROME)));
		assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.text("number")).isEqualTo(first.text("number"));
	}

	@Test
	void aDateOfReceiptInTheFutureIsRefusedNamingTheField() {
		Api.Response refused = new Api(port).post("operatore", "/api/v1/letters",
				letter("PROT-FUTURO", LocalDate.now(ROME).plusDays(2)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().toString()).contains("receivedOn").contains("futuro");
	}

	@Test
	void aDepartmentUserCannotRegisterLetters() {
		Api.Response refused = new Api(port).post("supporto.agri", "/api/v1/letters",
				letter("PROT-X", LocalDate.now(ROME)));
		assertThat(refused.status()).isEqualTo(403);
	}

	private HttpResponse<String> multipart(Map<String, Object> fields, String fileName, byte[] file) throws Exception {
		String boundary = "----sportello" + UUID.randomUUID();
		var body = new java.io.ByteArrayOutputStream();
		for (var field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"scans\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/letters"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "application/json")
				.header("Authorization", "Bearer " + new Api(port).token("operatore"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
