package it.sportello.ticketing;

import java.util.regex.Pattern;

import it.sportello.shared.NotFoundException;

/**
 * The number a citizen quotes in later contacts: {@code AAAA-NNNNNN}, the year and a sequence that
 * restarts every year (S-TT4, S-TT12).
 */
public record TicketNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{6}");

	public TicketNumber {
		if (value == null || !FORMAT.matcher(value).matches()) {
			// An unknown and a malformed number look the same to the caller: nothing to probe.
			throw new NotFoundException("ticket.not-found", String.valueOf(value));
		}
	}

	public static TicketNumber of(int year, long sequence) {
		if (sequence > 999_999) {
			throw new IllegalStateException("ticket sequence exhausted for " + year);
		}
		// Zero-padded by hand: String.format parses its pattern on every call, once per ticket opened.
		String digits = Long.toString(sequence);
		return new TicketNumber(year + "-" + "000000".substring(digits.length()) + digits);
	}

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}

}
