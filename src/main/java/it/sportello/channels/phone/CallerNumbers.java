package it.sportello.channels.phone;

import java.util.Optional;

import it.sportello.citizens.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as switches send them, read as Italian with libphonenumber: "0971 664002" and "+390971664002" and
 * "00390971664002" and "390971664002" (a country code without its plus, as Zammad's examples send) are one E.164
 * number, the landline's leading 0 kept. What is not a number (an extension, "anonymous") stays as it came.
 */
final class CallerNumbers {

	private CallerNumbers() {
	}

	static Optional<PhoneNumber> parse(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		String digits = raw.strip();
		// A country code without "+" (or "00") first, when the number read as Italian is not one.
		if (digits.matches("39\\d{8,12}")) {
			Optional<PhoneNumber> international = PhoneNumber.tryParse("+" + digits);
			if (international.isPresent()) {
				return international;
			}
		}
		return PhoneNumber.tryParse(digits).or(() -> digits.matches("[1-9]\\d{9,14}") ? PhoneNumber.tryParse("+" + digits)
				: Optional.empty());
	}

	/** E.164 when it is a number, else the text as it came (cut to the column's size). */
	static String normalized(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return "anonymous";
		}
		String text = raw.strip();
		return parse(text).map(PhoneNumber::e164).orElse(text.length() > 40 ? text.substring(0, 40) : text);
	}

}
