package it.sportello.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * What an operator, a paste or a client may send as a search: the cases seen to break a search (short groups
 * of digits, codes, rooms) and a few hundred random mixes of digits, letters, punctuation, scripts, symbols,
 * invisible characters and lengths around the limit, from a fixed seed so that a failure repeats.
 */
final class OddQueries {

	static final long SEED = 20261206L;

	private static final List<String> KNOWN = List.of("3", "35", "350", "3512", "35120", "351200", "0971 668",
			"0971 66 35 12", "+39 0971 663512", "AGRI-02", "agri 02", "AGRI-", "-02", "stanza 402", "402b", "2 6",
			"1 2 3 4 5 6 7 8 9", "0", "00000", "000000000000", "٣٥٠", "３５０", "²", "½", "Ⅻ", "rossi 3", "3 rossi",
			"d'", "l' 3", "lo 35", "a", "é", "ß", "ø", "ǆ", "Ϊ", "İ", "ﬁ", "e\u0301", "\u200b", "\u200e350", "\u202e350",
			"Ἀθῆναι", "Юрий", "محمد", "王小明", "🙂", "👩‍👩‍👧", "🇮🇹", "𝔄𝔅", "\"rossi\"", "rossi*", "ros?i", "rossi~",
			"rossi^2", "(rossi)", "[1 TO 3]", "{a}", "a:b", "a AND b", "OR", "NOT", "&&", "||", "\\", "/", "//", "%",
			"%25", "_", "<script>", "&amp;", "'; drop table employee; --", "a".repeat(200), "3".repeat(200),
			"a ".repeat(100), "a-".repeat(100), " 3 ", "\t35\t", "ufficio", "dott", "il la lo", "di 3", "de 35",
			"interno", "numero 0", "ab", "abc", "abcd");

	private static final String[] PIECES = { "3", "35", "350", "3512", "0971", "668", "AGRI", "-", "02", "stanza",
			"rossi", "lo", "d'", "'", "’", ".", ",", ";", ":", "/", "\\", "+", "*", "?", "~", "^", "\"", "(", ")", "[",
			"]", "{", "}", "!", "@", "#", "&", "|", "<", ">", "=", "%", "é", "à", "ü", "Ω", "Ж", "ع", "中", "🙂", "‍",
			"\u0301", "\u200b", "\u00a0", "\t", " ", "  ", "٣", "５", "ǅ" };

	private OddQueries() {
	}

	/** The known cases, then random mixes: up to 8 pieces, or one piece repeated past the length limit. */
	static List<String> all() {
		List<String> queries = new ArrayList<>(KNOWN);
		Random random = new Random(SEED);
		for (int i = 0; i < 300; i++) {
			StringBuilder query = new StringBuilder();
			int pieces = 1 + random.nextInt(8);
			for (int p = 0; p < pieces; p++) {
				query.append(PIECES[random.nextInt(PIECES.length)]);
				if (random.nextInt(3) == 0) {
					query.append(' ');
				}
			}
			queries.add(query.toString());
		}
		for (int i = 0; i < 10; i++) {
			queries.add(PIECES[random.nextInt(PIECES.length)].repeat(150 + random.nextInt(100)));
		}
		return queries;
	}

	/** The query with its code points, so that an invisible character is visible in a failure. */
	static String describe(String query) {
		String shown = query.length() > 60 ? query.substring(0, 60) + "…(" + query.length() + ")" : query;
		return "«" + shown + "» " + query.codePoints().limit(20).mapToObj(Integer::toHexString)
			.collect(Collectors.joining(" ", "[", "]"));
	}

}
