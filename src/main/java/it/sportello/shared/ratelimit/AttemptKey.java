package it.sportello.shared.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a limit counts: a scope ({@code login-account}, {@code tracking}) and the values it is counted by (an
 * account and an address). Stored as a SHA-256 of the values: user names and addresses stay out of the table,
 * and a key has a fixed length whatever a client sends.
 */
public record AttemptKey(String scope, String... values) {

	String stored() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String value : values) {
				sha.update(value.getBytes(StandardCharsets.UTF_8));
				// A separator no value holds: ("ab", "c") and ("a", "bc") must not be the same key.
				sha.update((byte) 0);
			}
			return scope + ":" + HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
