package it.sportello.channels.sms;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS channel's settings ({@code sportello.sms.*}): the provider's HTTP API for sending, and the shared secret of
 * the inbound webhook.
 *
 * @param gateway how to call the provider to send a message
 * @param inboundSecret the shared secret with which the provider signs inbound webhooks (HMAC-SHA256 of the body in
 * {@code X-Sportello-Signature}); unset, every inbound webhook is refused
 */
@ConfigurationProperties("sportello.sms")
public record SmsProperties(@DefaultValue Gateway gateway, @Nullable String inboundSecret) {

	/** How the body of a send request is written. */
	public enum Format {
		/** {@code application/x-www-form-urlencoded}. */
		FORM,
		/** {@code application/json}, an object of the fields. */
		JSON
	}

	/** How the provider is authenticated. */
	public enum Auth {
		NONE,
		/** HTTP Basic with {@code username} and {@code password}. */
		BASIC,
		/** {@code Authorization: Bearer <token>}. */
		BEARER,
		/** The token in the header named {@code token-header} (e.g. {@code X-Api-Key}). */
		HEADER
	}

	/**
	 * @param url the provider's send endpoint (POST); unset, no SMS is sent
	 * @param format the body's format
	 * @param auth how the request is authenticated
	 * @param toField the field of the recipient's number
	 * @param textField the field of the text
	 * @param senderField the field of the sender's name or number (left out when {@code sender} is unset)
	 * @param sender the sender shown to the citizen
	 * @param idField the field of the provider's answer (a JSON object) holding the message's identifier
	 * @param recipientFormat {@code E164} ({@code +39333…}) or {@code DIGITS} ({@code 39333…}), as the provider wants
	 */
	public record Gateway(@Nullable URI url, @DefaultValue("FORM") Format format, @DefaultValue("NONE") Auth auth,
			@Nullable String username, @Nullable String password, @Nullable String token,
			@DefaultValue("X-Api-Key") String tokenHeader, @DefaultValue("to") String toField,
			@DefaultValue("text") String textField, @DefaultValue("from") String senderField, @Nullable String sender,
			@DefaultValue("id") String idField, @DefaultValue("E164") String recipientFormat,
			@DefaultValue("PT20S") Duration timeout) {
	}

}
