package it.sportello.identity.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one-time code that unlocks the set-up page while no user exists. It is printed in the log at
 * start-up: whoever can read the server's log runs the server, which is who should create the first
 * administrator. It lives only in memory; each start (and each node) prints its own.
 */
@Component
public class SetupCode {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private volatile @Nullable String code;

	synchronized String generate() {
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				value.append('-');
			}
			value.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		code = value.toString();
		return code;
	}

	/** Whether set-up is still possible on this node, i.e. a code was printed and not yet used. */
	public boolean isActive() {
		return code != null;
	}

	/** Compares in constant time, ignoring case and surrounding blanks (it is typed from a log). */
	public boolean matches(@Nullable String candidate) {
		String expected = code;
		if (expected == null || candidate == null) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				candidate.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
	}

	/** The code printed in the log, for whoever reads the log in this package's tests; null once used. */
	@Nullable String printed() {
		return code;
	}

	/** After the first administrator exists the code must not work again. */
	public void invalidate() {
		code = null;
	}

}
