package it.sportello.channels.sms;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import it.sportello.channels.internal.Outbox;
import it.sportello.channels.internal.OutboxSender;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.support.Api;
import it.sportello.support.ChannelStandIns;
import it.sportello.support.ChannelStandIns.SmsProviderStandIn;
import it.sportello.support.SportelloIntegrationTest;
import it.sportello.ticketing.MessageDirection;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketMessage;
import it.sportello.ticketing.TicketNumber;
import it.sportello.ticketing.internal.TicketManagement;
import it.sportello.ticketing.internal.TicketQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMS channel end to end: the provider's webhook posted over HTTP with its signature, tickets opened and replies
 * added through ticketing's façade, notifications sent to a local HTTP server standing in for the provider.
 */
@SportelloIntegrationTest
class SmsChannelIntegrationTests {

	static final StaffMember OPERATOR = new StaffMember("operatore", "Claudio Rossi", Role.FIRST_LEVEL, null, null);

	@LocalServerPort
	int port;

	@Autowired
	SmsProviderStandIn provider;

	@Autowired
	OutboxSender sender;

	@Autowired
	Outbox outbox;

	@Autowired
	TicketDesk desk;

	@Autowired
	it.sportello.channels.survey.Surveys surveys;

	@Autowired
	TicketQueries queries;

	@Autowired
	TicketManagement management;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@AfterEach
	void providerAnswersAgain() {
		provider.failWith(0);
	}

	@Test
	void aSignedSmsOpensATicketAndTheNextFromTheSameNumberIsAddedToIt() {
		String mobile = mobile();

		Api.Response first = post(body("g-" + UUID.randomUUID(), mobile, "Buongiorno, quando scade il bollo?"), true);
		Api.Response second = post(body("g-" + UUID.randomUUID(), mobile, "Dimenticavo: la targa è AB123CD"), true);

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().path("opened").asBoolean()).isTrue();
		String number = first.text("ticketNumber");
		var ticket = queries.get(number, OPERATOR);
		assertThat(ticket.channel()).isEqualTo(Channel.SMS);
		assertThat(ticket.openedBy()).isEqualTo("canale.sms");
		assertThat(ticket.citizen().phone()).isEqualTo("+39" + mobile.substring(mobile.length() - 10));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.text("ticketNumber")).isEqualTo(number);
		assertThat(second.body().path("opened").asBoolean()).isFalse();
		assertThat(desk.messages(new TicketNumber(number))).filteredOn(m -> m.direction() == MessageDirection.IN)
			.extracting(TicketMessage::body)
			.containsExactly("Buongiorno, quando scade il bollo?", "Dimenticavo: la targa è AB123CD");
	}

	@Test
	void theSameSmsDeliveredTwiceIsKeptOnce() {
		String id = "g-" + UUID.randomUUID();
		String body = body(id, mobile(), "Vorrei informazioni sul bando giovani");

		Api.Response first = post(body, true);
		Api.Response again = post(body, true);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.text("ticketNumber")).isEqualTo(first.text("ticketNumber"));
		assertThat(again.body().path("created").asBoolean()).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from ticket_message where channel = 'SMS' and external_id = ?",
				Integer.class, id)).isEqualTo(1);
	}

	@Test
	void aWrongOrMissingSignatureIsRefusedWith401AndNothingIsStored() {
		String id = "g-" + UUID.randomUUID();
		String body = body(id, mobile(), "Messaggio non firmato");

		Api.Response unsigned = api.call(HttpMethod.POST, null, "/api/v1/public/sms/inbound", body, Map.of());
		Api.Response forged = api.call(HttpMethod.POST, null, "/api/v1/public/sms/inbound", body,
				Map.of("X-Sportello-Signature", sign(body, "un-altro-segreto")));
		Api.Response tampered = api.call(HttpMethod.POST, null, "/api/v1/public/sms/inbound",
				body.replace("non firmato", "alterato"), Map.of("X-Sportello-Signature", sign(body, ChannelStandIns.SMS_SECRET)));

		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(forged.status()).isEqualTo(401);
		assertThat(tampered.status()).isEqualTo(401);
		assertThat(unsigned.body().path("detail").asString()).isNotBlank();
		assertThat(jdbc.queryForObject("select count(*) from ticket_message where external_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void aSignedBodyThatIsNotAnSmsIsA400NamingTheField() {
		String body = "{\"id\":\"g-" + UUID.randomUUID() + "\",\"from\":\"non è un numero\",\"text\":\"ciao\"}";

		Api.Response refused = post(body, true);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().toString()).contains("from");
	}

	@Test
	void theAcknowledgementGoesToTheProviderAndAFailedSendIsRetriedWithoutTouchingTheTicket() {
		String mobile = mobile();
		provider.failWith(503);
		String number = post(body("g-" + UUID.randomUUID(), mobile, "Il bando tartufi è aperto?"), true)
			.text("ticketNumber");
		await().atMost(Duration.ofSeconds(20)).until(() -> !outbox.ofTicket(number).isEmpty());

		sender.sendDue();

		Outbox.Notification failed = outbox.ofTicket(number).get(0);
		assertThat(failed.status()).isEqualTo(Outbox.Status.PENDING);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).contains("503");
		assertThat(queries.get(number, OPERATOR).number()).isEqualTo(number);
		assertThat(api.get("operatore", "/api/v1/tickets/" + number + "/notifications")
			.body()
			.path("notifications")
			.get(0)
			.path("lastError")
			.asString()).contains("503");

		provider.failWith(0);
		jdbc.update("update channel_outbox set next_attempt_at = current_timestamp where id = ?", failed.id());
		sender.sendDue();

		assertThat(outbox.ofTicket(number).get(0).status()).isEqualTo(Outbox.Status.SENT);
		String e164 = "+39" + mobile.substring(mobile.length() - 10);
		assertThat(provider.requests()).anySatisfy(request -> {
			assertThat(request.authorization()).isEqualTo("Bearer token-di-prova");
			assertThat(request.body()).contains("to=" + java.net.URLEncoder.encode(e164, StandardCharsets.UTF_8))
				.contains(number)
				.contains("from=Sportello");
		});
		assertThat(desk.messages(new TicketNumber(number))).filteredOn(m -> m.direction() == MessageDirection.OUT)
			.singleElement()
			.satisfies(m -> assertThat(m.channel()).isEqualTo(Channel.SMS));
	}

	@Test
	void closingATicketOpenedBySmsTellsTheCitizenTheAnswerIsReadyWithTheSurveyLink() {
		String mobile = mobile();
		String number = post(body("g-" + UUID.randomUUID(), mobile, "Orari dell'ufficio caccia?"), true)
			.text("ticketNumber");
		await().atMost(Duration.ofSeconds(20)).until(() -> !outbox.ofTicket(number).isEmpty());

		management.close(number, null, "Dalle 9 alle 12.", false, OPERATOR);

		await().atMost(Duration.ofSeconds(20)).until(() -> outbox.ofTicket(number).size() == 2);
		sender.sendDue();
		assertThat(outbox.ofTicket(number)).extracting(Outbox.Notification::kind)
			.containsExactly(Outbox.Kind.ACKNOWLEDGEMENT, Outbox.Kind.ANSWER);
		assertThat(provider.requests()).anySatisfy(request -> assertThat(request.body()).contains(number)
			.contains("risposta"));
		String survey = surveys.linkFor(number).orElseThrow();
		assertThat(provider.requests()).anySatisfy(request -> assertThat(
				java.net.URLDecoder.decode(request.body(), StandardCharsets.UTF_8)).contains(survey));
	}

	private Api.Response post(String body, boolean signed) {
		return api.call(HttpMethod.POST, null, "/api/v1/public/sms/inbound", body,
				signed ? Map.of("X-Sportello-Signature", sign(body, ChannelStandIns.SMS_SECRET)) : Map.of());
	}

	static String body(String id, String from, String text) {
		return "{\"id\":\"" + id + "\",\"from\":\"" + from + "\",\"text\":\"" + text + "\"}";
	}

	/** A mobile number no other test uses. */
	static String mobile() {
		return "33" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
	}

	static String sign(String body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
