package it.sportello.citizens;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A telephone number in E.164 form ({@code +390971664002}). Numbers typed without a country prefix are
 * read as Italian, the way callers of a regional contact center give them ("0971 664002", "333-1234567").
 *
 * @param e164 the canonical form, {@code +} followed by up to 15 digits
 */
public record PhoneNumber(String e164) {

	/** The region assumed for numbers without an international prefix. */
	public static final String DEFAULT_REGION = "IT";

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/**
	 * Parsing with libphonenumber is the costliest step of opening a ticket, and one request reads the same
	 * number several times (validation, identification, this record's own check): the outcome of the
	 * most recent look-ups is kept, bounded, for a few minutes.
	 */
	private static final Cache<String, Optional<String>> CANONICAL = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	public PhoneNumber {
		if (!canonical(e164).filter(e164::equals).isPresent()) {
			throw new InvalidInputException("phone", "citizen.phone.invalid");
		}
	}

	/**
	 * The number as people write it: "333 123 4567", "0971 664002" for an Italian number (libphonenumber's national
	 * format), "+33 1 23 45 67 89" for a foreign one.
	 */
	public String display() {
		return format(true);
	}

	/** Reads a number as typed; refuses it with an {@link InvalidInputException} on field {@code phone}. */
	public static PhoneNumber parse(@Nullable String raw) {
		return tryParse(raw).orElseThrow(() -> new InvalidInputException("phone", "citizen.phone.invalid"));
	}

	/** The number as typed, normalised, or empty when it is not a valid number. */
	public static Optional<PhoneNumber> tryParse(@Nullable String raw) {
		return canonical(raw).map(PhoneNumber::new);
	}

	private static Optional<String> canonical(@Nullable String raw) {
		if (raw == null || raw.isBlank() || raw.length() > 40) {
			return Optional.empty();
		}
		return CANONICAL.get(raw, PhoneNumber::parseCanonical);
	}

	private static Optional<String> parseCanonical(String raw) {
		try {
			Phonenumber.PhoneNumber number = UTIL.parse(raw.strip(), DEFAULT_REGION);
			if (!UTIL.isValidNumber(number)) {
				return Optional.empty();
			}
			return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/** Whether the text is a valid number (Italian unless it has an international prefix). */
	public static boolean isValid(@Nullable String raw) {
		return tryParse(raw).isPresent();
	}

	/** For display: "+39 0971 664002" style, in the international format. */
	public String international() {
		return format(false);
	}

	private String format(boolean nationalWhenItalian) {
		try {
			Phonenumber.PhoneNumber number = UTIL.parse(e164, DEFAULT_REGION);
			boolean national = nationalWhenItalian && DEFAULT_REGION.equals(UTIL.getRegionCodeForNumber(number));
			return UTIL.format(number, national ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}

	@Override
	public String toString() {
		return e164;
	}

}
