package it.sportello.citizens.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * E-mail addresses as the registry stores them: trimmed and lower case, so that the same mailbox typed
 * twice with different capitals is one citizen. Deliberately permissive on the local part (what
 * mailboxes accept varies) but strict on the shape: one {@code @} and a domain with a dot.
 */
final class EmailAddresses {

	/** RFC 5321 limits a forward path to 254 characters. */
	static final int MAX_LENGTH = 254;

	private static final Pattern SHAPE = Pattern
		.compile("[^@\\s\"(),:;<>\\[\\]\\\\]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

	private EmailAddresses() {
	}

	static String normalize(String raw) {
		return raw.strip().toLowerCase(Locale.ROOT);
	}

	/** The normalised address, or empty when the text is not a plausible address. */
	static Optional<String> tryParse(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		String email = normalize(raw);
		return email.length() <= MAX_LENGTH && SHAPE.matcher(email).matches() ? Optional.of(email) : Optional.empty();
	}

}
