package it.sportello.channels.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.channels.sms.SmsIntake;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SMS provider's inbound webhook. It is public (the provider has no staff account) and authenticated by its
 * signature: an HMAC-SHA256 of the raw body with the shared secret, in {@code X-Sportello-Signature}.
 */
@RestController
@Tag(name = "Channels")
class SmsWebhookController {

	private final SmsIntake intake;

	SmsWebhookController(SmsIntake intake) {
		this.intake = intake;
	}

	record Accepted(String ticketNumber, boolean opened, boolean created) {
	}

	@PostMapping(path = "/api/v1/public/sms/inbound", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An SMS received by the provider: {\"id\", \"from\", \"text\"}, signed with "
			+ "X-Sportello-Signature (hex HMAC-SHA256 of the body); 401 for a missing or wrong signature")
	Accepted inbound(@RequestBody byte[] body,
			@RequestHeader(name = "X-Sportello-Signature", required = false) @Nullable String signature) {
		SmsIntake.Received received = intake.receive(body, signature);
		return new Accepted(received.ticketNumber(), received.opened(), received.created());
	}

}
