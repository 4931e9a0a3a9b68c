package it.sportello.channels.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;

import it.sportello.ticketing.TicketNumber;
import it.sportello.ticketing.TrackingProof;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short access code a citizen follows a request with (S-TT12), besides the ticket number: eight characters of an
 * alphabet without look-alikes (no 0/O, 1/I/L), shown as {@code ABCD-EFGH}, about 40 bits. Only a SHA-256 of the
 * number and the code is kept, so the code is shown once, to whoever the request was acknowledged to. A ticket may hold
 * several valid codes: the one the portal showed when the request was sent and the one its acknowledgement carried. Guessing is bounded by public tracking's limits per address and per number.
 */
@Service
public class AccessCodes implements TrackingProof {

	private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	static final int LENGTH = 8;

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AccessCodes(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new access code for the ticket, beside any earlier one, in the caller's transaction if there is one. */
	@Transactional
	public String issue(TicketNumber number) {
		StringBuilder code = new StringBuilder(LENGTH + 1);
		for (int i = 0; i < LENGTH; i++) {
			if (i == LENGTH / 2) {
				code.append('-');
			}
			code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		String shown = code.toString();
		jdbc.update("insert into portal_access_code (ticket_number, code_hash, issued_at) values (?, ?, ?)",
				number.value(), hash(number, normalized(shown)), Timestamp.from(clock.instant()));
		return shown;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean proves(TicketNumber number, String proof) {
		String code = normalized(proof);
		if (code.length() != LENGTH) {
			return false;
		}
		return jdbc.queryForList("select code_hash from portal_access_code where ticket_number = ?", String.class,
				number.value())
			.stream()
			.anyMatch(stored -> MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
					hash(number, code).getBytes(StandardCharsets.US_ASCII)));
	}

	/** As typed: any case, with or without the dash or spaces. */
	static String normalized(String proof) {
		return proof.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
	}

	private static String hash(TicketNumber number, String code) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of()
				.formatHex(sha.digest((number.value() + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
