package it.sportello.knowledge.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what is the citizen's own from a ticket's texts before they become a FAQ proposal (S-TT11): e-mail
 * addresses, fiscal codes (also with the letters of omocodia), IBANs, telephone numbers (Italian landlines and
 * mobiles, with or without +39), and names that follow a title or an introduction ("sig.ra Anna Bianchi", "mi chiamo
 * Mario Rossi", "Gentile Mario Rossi"). Each is replaced by a placeholder in square brackets, so that the editor sees
 * where something was. The names found are those that follow such words: the editor still reads the proposal before
 * it becomes a FAQ.
 */
final class PersonalData {

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private static final Pattern FISCAL_CODE = Pattern
		.compile("(?i)\\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\\b");

	private static final Pattern IBAN = Pattern.compile("(?i)\\bIT\\s?\\d{2}\\s?[A-Z](\\s?\\d){10}(\\s?[0-9A-Z]){12}\\b");

	private static final Pattern PHONE = Pattern
		.compile("(?<![\\w/])(?:(?:\\+|00)39[\\s.-]?)?[03]\\d{1,3}(?:[\\s.-]?\\d{2,4}){1,3}(?![\\w/])");

	private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’]+";

	private static final String TITLE = "(?:sig\\.?(?:ra|na)?|signor[ae]?|dott\\.?(?:ssa)?|dottor(?:essa)?|avv\\.?|"
			+ "prof\\.?(?:ssa)?|ing\\.?)\\.?\\s+";

	private static final String INTRODUCTION = "(?:mi chiamo|sono|gentile|gentilissim[oa]|egregi[oa]|car[oa]|"
			+ "cittadin[oa]|utente|richiedente)\\s+";

	/** An introduction or a title (possibly followed by more titles), then one to three capitalised words. */
	private static final Pattern INTRODUCED_NAME = Pattern.compile("(?iu)(\\b(?:" + INTRODUCTION + "|" + TITLE + ")(?:"
			+ TITLE + ")*)((?-i:" + NAME_WORD + ")(?:\\s+(?-i:" + NAME_WORD + ")){0,2})");

	private PersonalData() {
	}

	static String strip(String text) {
		String result = EMAIL.matcher(text).replaceAll("[e-mail]");
		result = IBAN.matcher(result).replaceAll("[IBAN]");
		result = FISCAL_CODE.matcher(result).replaceAll("[codice fiscale]");
		result = replacePhones(result);
		return replaceNames(result);
	}

	private static String replacePhones(String text) {
		Matcher matcher = PHONE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			long digits = matcher.group().chars().filter(Character::isDigit).count();
			matcher.appendReplacement(out, digits >= 8 ? "[telefono]" : Matcher.quoteReplacement(matcher.group()));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String replaceNames(String text) {
		Matcher matcher = INTRODUCED_NAME.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1)) + "[nome]");
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
