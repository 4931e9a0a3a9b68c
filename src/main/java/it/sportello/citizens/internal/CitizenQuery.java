package it.sportello.citizens.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import it.sportello.citizens.PhoneNumber;

/**
 * What an operator's look-up text can be, read from its shape: the start of a fiscal code, a phone
 * number, an e-mail, or names. Some texts are several at once (11 digits are a company's fiscal code and
 * possibly a phone number), so a query has a set of kinds, searched in the order of {@link Kind}.
 *
 * @param text the query as typed, stripped
 */
record CitizenQuery(String text, Set<Kind> kinds) {

	/** The kinds in the order their matches are shown: exact keys before name matches. */
	enum Kind {
		FISCAL_CODE, PHONE, EMAIL, NAME
	}

	/** Surname-and-name letters, then what may follow in order; a prefix of at least 3 characters. */
	private static final Pattern PERSONAL_CODE_PREFIX = Pattern
		.compile("[A-Z]{3,6}|[A-Z]{6}[0-9LMNPQRSTUV]{1,2}[A-Z0-9]{0,8}");

	private static final Pattern DIGITS_ONLY = Pattern.compile("[0-9]{3,11}");

	private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9 ./()-]{6,25}");

	static final int MAX_LENGTH = 100;

	static CitizenQuery of(String raw) {
		String text = raw.strip();
		Set<Kind> kinds = EnumSet.noneOf(Kind.class);
		String compact = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (text.contains("@")) {
			kinds.add(Kind.EMAIL);
		}
		else {
			if (DIGITS_ONLY.matcher(compact).matches() || (PERSONAL_CODE_PREFIX.matcher(compact).matches()
					&& compact.chars().anyMatch(Character::isDigit))) {
				kinds.add(Kind.FISCAL_CODE);
			}
			if (PHONE_LIKE.matcher(text).matches()) {
				kinds.add(Kind.PHONE);
			}
			if (compact.chars().anyMatch(Character::isLetter)) {
				kinds.add(Kind.NAME);
			}
		}
		return new CitizenQuery(text, kinds);
	}

	String fiscalCodePrefix() {
		return text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	/** The number in E.164 when it is a complete, valid number. */
	Optional<String> phone() {
		return PhoneNumber.tryParse(text).map(PhoneNumber::e164);
	}

	/** The digits typed, for a partial number ("664002" finds "+390971664002"). */
	String phoneDigits() {
		return text.replaceAll("[^0-9]", "").replaceFirst("^0039", "");
	}

	String emailPrefix() {
		return EmailAddresses.normalize(text);
	}

	List<String> nameWords() {
		return SearchText.queryWords(text, 4);
	}

	/** What the audit trail records for a search: the kinds, never the text (it is personal data). */
	String auditSubject() {
		return kinds.isEmpty() ? "NONE" : String.join(",", kinds.stream().map(Kind::name).toList());
	}

}
