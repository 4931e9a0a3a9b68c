package it.sportello.channels.sms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import it.sportello.channels.internal.ChannelTickets;
import it.sportello.channels.internal.ChannelsProperties;
import it.sportello.channels.internal.Inbox;
import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.PhoneNumber;
import it.sportello.shared.Channel;
import it.sportello.shared.InvalidInputException;
import it.sportello.ticketing.ChannelRequest;
import it.sportello.ticketing.IncomingMessage;
import it.sportello.ticketing.OpenedTicket;
import it.sportello.ticketing.RecordedMessage;
import it.sportello.ticketing.TicketDesk;
import it.sportello.ticketing.TicketNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS the provider delivered to our webhook: checked (HMAC-SHA256 of the body with the shared secret, in
 * {@code X-Sportello-Signature}, hex or {@code sha256=}hex), then added to the number's last open ticket, or opening a
 * ticket of channel SMS. The provider's id of the message is its key: a webhook delivered twice stores it once.
 */
@Service
public class SmsIntake {

	static final int MAX_TEXT = 1600;

	private final SmsProperties properties;

	private final ChannelsProperties channels;

	private final TicketDesk desk;

	private final ChannelTickets tickets;

	private final Inbox inbox;

	private final JsonMapper json;

	private final Clock clock;

	SmsIntake(SmsProperties properties, ChannelsProperties channels, TicketDesk desk, ChannelTickets tickets,
			Inbox inbox, JsonMapper json, Clock clock) {
		this.properties = properties;
		this.channels = channels;
		this.desk = desk;
		this.tickets = tickets;
		this.inbox = inbox;
		this.json = json;
		this.clock = clock;
	}

	/** What the SMS did: the ticket, and whether it opened it ({@code false}: added to it, or delivered before). */
	public record Received(String ticketNumber, boolean opened, boolean created) {
	}

	/**
	 * Takes a signed webhook body: {@code {"id": "…", "from": "+39333…", "text": "…"}}.
	 *
	 * @throws InvalidSignatureException for a missing or wrong signature (nothing is read or stored)
	 * @throws InvalidInputException naming the field for a body that is not such an object
	 */
	public Received receive(byte[] body, @Nullable String signature) {
		verify(body, signature);
		JsonNode message;
		try {
			message = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "channels.sms.body-invalid");
		}
		if (message == null || !message.isObject()) {
			throw new InvalidInputException("body", "channels.sms.body-invalid");
		}
		String id = text(message, "id", 200);
		String from = text(message, "from", 40);
		String text = text(message, "text", MAX_TEXT);
		PhoneNumber phone = PhoneNumber.tryParse(from)
			.orElseThrow(() -> new InvalidInputException("from", "channels.sms.from-invalid"));
		return take(id, phone, text.strip(), clock.instant());
	}

	Received take(String id, PhoneNumber phone, String text, Instant at) {
		IncomingMessage message = new IncomingMessage(Channel.SMS, phone.e164(), null, null, text, at, id, List.of());
		Optional<ChannelTickets.ChannelTicket> open = tickets.lastOpenOfPhone(phone.e164());
		if (open.isPresent()) {
			RecordedMessage recorded = desk.appendIncoming(new TicketNumber(open.get().number()), message);
			return new Received(open.get().number(), false, recorded.created());
		}
		String subject = "SMS: " + (text.length() > 80 ? text.substring(0, 80) + "…" : text).replace('\n', ' ');
		String description = text.length() > 4000 ? text.substring(0, 3998) + " …" : text;
		// Only the number: an existing record with exactly this number is reused, else a new one is named by it.
		CitizenDetails citizen = new CitizenDetails(null, "Mittente SMS", phone.display(), null, null, phone.e164(),
				null, null);
		OpenedTicket opened = desk.open(new ChannelRequest(channels.categoryOf(Channel.SMS), subject, description,
				citizen, message));
		if (opened.created()) {
			// Known at once, so that the number's next SMS finds this ticket even before the opening's listeners run.
			tickets.record(new ChannelTickets.ChannelTicket(opened.number().value(), Channel.SMS, opened.citizenId(),
					null, phone.e164(), null, false, null, at));
			inbox.add(opened.number().value(), Channel.SMS.name(), Inbox.Reason.NEW, subject, at);
		}
		return new Received(opened.number().value(), true, opened.created());
	}

	private void verify(byte[] body, @Nullable String signature) {
		String secret = properties.inboundSecret();
		if (secret == null || secret.isBlank() || signature == null || signature.isBlank()) {
			throw new InvalidSignatureException();
		}
		String given = signature.strip();
		if (given.regionMatches(true, 0, "sha256=", 0, 7)) {
			given = given.substring(7);
		}
		byte[] expected;
		byte[] received;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			expected = mac.doFinal(body);
			received = HexFormat.of().parseHex(given.toLowerCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException notHex) {
			throw new InvalidSignatureException();
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
		// Compared in constant time: how long the comparison takes says nothing of the expected value.
		if (!MessageDigest.isEqual(expected, received)) {
			throw new InvalidSignatureException();
		}
	}

	private static String text(JsonNode message, String field, int max) {
		JsonNode value = message.get(field);
		if (value == null || !value.isString() || value.asString().isBlank()) {
			throw new InvalidInputException(field, "channels.sms.field-required");
		}
		String text = value.asString();
		if (text.length() > max) {
			throw new InvalidInputException(field, "channels.sms.field-too-long", max);
		}
		return text;
	}

}
