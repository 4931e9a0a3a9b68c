package it.sportello.search;

/**
 * How an Italian name sounds, as a key that spellings heard over the phone share: doubled and single
 * consonants ({@code Colangelo}, {@code Collangelo}), a wrong final vowel ({@code Lombardo}, {@code Lombardi}),
 * a silent {@code h}, hard {@code c}/{@code ch}/{@code k}/{@code q} ({@code Grieco}, {@code Griechi}),
 * {@code gli}/{@code li} ({@code Stigliani}, {@code Stiliani}) and {@code y}/{@code j} for {@code i}. Expects a
 * folded word ({@link QueryTerms#fold(String)}); letters other than a-z are dropped. The index applies the same
 * function ({@link Analyzers#NAME_SOUND}), so a key can be looked up as a term.
 */
public final class ItalianSound {

	private ItalianSound() {
	}

	public static String key(String folded) {
		StringBuilder letters = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c >= 'a' && c <= 'z') {
				letters.append(c);
			}
		}
		String s = letters.toString().replace("gli", "li").replace("gn", "n").replace("ch", "k").replace("gh", "g")
			.replace("h", "").replace("y", "i").replace("j", "i").replace("w", "v").replace("x", "s").replace("q", "k");
		StringBuilder key = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			// A hard c (before a, o, u, a consonant or at the end) sounds as k; before e and i it is soft.
			if (c == 'c') {
				char next = i + 1 < s.length() ? s.charAt(i + 1) : 'a';
				c = next == 'e' || next == 'i' ? 'c' : 'k';
			}
			if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
				key.append(c);
			}
		}
		if (key.length() > 3 && isVowel(key.charAt(key.length() - 1))) {
			key.setLength(key.length() - 1);
		}
		return key.toString();
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
	}

}
