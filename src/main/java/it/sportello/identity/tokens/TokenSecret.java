package it.sportello.identity.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An API token in clear: {@code spt_} and 32 random bytes in base64url. 256 random bits need no
 * slow hash: SHA-256 is enough to keep the stored value useless to whoever reads the database, and
 * it keeps verification cheap on every request.
 */
public record TokenSecret(String value) {

	public static final String PREFIX = "spt_";

	private static final int DISPLAYED_CHARACTERS = PREFIX.length() + 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	public static TokenSecret generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** Whether the text can be a token at all: saves a database look-up for obvious garbage. */
	public static boolean looksLikeToken(String text) {
		return text.startsWith(PREFIX) && text.length() == PREFIX.length() + 43;
	}

	/** Lower-case hex SHA-256, as stored in {@code api_token.token_hash}. */
	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	public String hash() {
		return hash(value);
	}

	/** The beginning of the token, enough for its owner to recognize it in a list. */
	public String displayPrefix() {
		return value.substring(0, DISPLAYED_CHARACTERS);
	}

	@Override
	public String toString() {
		return displayPrefix() + "…";
	}

}
