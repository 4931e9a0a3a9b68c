package it.sportello.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import it.sportello.shared.InvalidInputException;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * What an operator typed, read the way a switchboard operator means it: words in order, with the Italian
 * particles and filler words of a spoken request marked optional ({@code "vorrei parlare con il dottor
 * Rossi"} requires only {@code rossi}), adjacent words joined ({@code "lo russo"} also reads
 * {@code lorusso}, {@code "d'angelo"} also {@code dangelo}), and digits read as an extension ({@code 3512},
 * or the last four digits of {@code 0971 663512}).
 */
public record QueryTerms(String text, List<Word> words, List<Pair> pairs, Optional<String> extension) {

	/** The longest query accepted: a request, not a document. */
	public static final int MAX_LENGTH = 200;

	/** Words beyond this many are ignored: each word adds clauses, and a request never needs more. */
	public static final int MAX_WORDS = 8;

	/** Separators: anything but letters and digits, so apostrophes (' and ’) split like spaces do. */
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern DIGITS = Pattern.compile("\\p{N}+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * Particles of surnames (De, Di, Lo, D', Dell') and the articles, prepositions and conjunctions of Italian.
	 * They never have to match on their own, but they still join the next word ({@code di lorenzo} →
	 * {@code dilorenzo}). The words of a particular kind of request (a switchboard's "mi passa", "interno",
	 * titles) belong to the module that knows them: see {@link #parse(String, Set)}.
	 */
	private static final Set<String> OPTIONAL = Set.of("d", "de", "di", "da", "del", "dei", "della", "dello", "delle",
			"degli", "dell", "lo", "la", "li", "le", "l", "il", "i", "gli", "e", "ed", "a", "al", "alla", "per", "in", "con",
			"su", "sul", "un", "una", "uno", "che", "chi", "si");

	/** A word of the query, lower case with accents folded; optional when it need not match by itself. */
	public record Word(String text, boolean optional, boolean digits) {
	}

	/** Two adjacent words written together, e.g. {@code lorusso} from {@code lo russo}. */
	public record Pair(String joined, int first, int second) {
	}

	/**
	 * Reads a query.
	 * @throws InvalidInputException when it is empty or longer than {@link #MAX_LENGTH}
	 */
	public static QueryTerms parse(String query) {
		return parse(query, Set.of());
	}

	/**
	 * Reads a query whose {@code optionalWords} (folded, lower case) need not match by themselves either: the
	 * fillers and titles of a kind of request, which the module that knows it supplies.
	 * @throws InvalidInputException when it is empty or longer than {@link #MAX_LENGTH}
	 */
	public static QueryTerms parse(String query, Set<String> optionalWords) {
		String text = query == null ? "" : query.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("q", "search.query-empty");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException("q", "search.query-too-long", MAX_LENGTH);
		}
		List<Word> words = new ArrayList<>();
		for (String token : SEPARATORS.split(fold(text))) {
			if (!token.isEmpty() && words.size() < MAX_WORDS) {
				boolean digits = DIGITS.matcher(token).matches();
				words.add(new Word(token, !digits && (OPTIONAL.contains(token) || optionalWords.contains(token)), digits));
			}
		}
		if (words.isEmpty()) {
			throw new InvalidInputException("q", "search.query-empty");
		}
		if (words.stream().allMatch(Word::optional)) {
			// "De Luca" is two particles to the rules above; when nothing else is left, every word counts.
			words = words.stream().map(w -> new Word(w.text(), false, w.digits())).toList();
		}
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < words.size(); i++) {
			if (!words.get(i).digits() && !words.get(i + 1).digits()) {
				pairs.add(new Pair(words.get(i).text() + words.get(i + 1).text(), i, i + 1));
			}
		}
		return new QueryTerms(text, List.copyOf(words), List.copyOf(pairs), extensionIn(words));
	}

	/** Whether a folded word is one of Italian's particles, articles and prepositions, never required alone. */
	public static boolean isParticle(String folded) {
		return OPTIONAL.contains(folded);
	}

	/** The words that must be matched, each by itself or as part of a pair. */
	public List<Integer> required() {
		List<Integer> required = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (!words.get(i).optional()) {
				required.add(i);
			}
		}
		return required;
	}

	/**
	 * How many required words a result must match: all of them for one or two (names), all but one from
	 * three on, because a spoken request ("tesserini caccia Potenza") carries a word no record holds.
	 */
	public int minimumMatches() {
		int required = required().size();
		return required <= 2 ? required : required - 1;
	}

	/** The pairs a word belongs to. */
	public List<Pair> pairsOf(int word) {
		return pairs.stream().filter(p -> p.first() == word || p.second() == word).toList();
	}

	/** Whether the query is only a number (an extension or a phone number). */
	public boolean onlyDigits() {
		return words.stream().allMatch(Word::digits);
	}

	/**
	 * An extension is four digits (five in directories that outgrew four); a longer number is a direct line
	 * whose last four digits are the extension.
	 */
	private static Optional<String> extensionIn(List<Word> words) {
		String digits = words.stream().filter(Word::digits).map(Word::text).reduce("", String::concat);
		if (digits.length() == 4 || digits.length() == 5) {
			return Optional.of(digits);
		}
		if (digits.length() >= 8 && words.stream().allMatch(Word::digits)) {
			return Optional.of(digits.substring(digits.length() - 4));
		}
		return Optional.empty();
	}

	/**
	 * Lower case without accents, the way the analyzers index names (lower case, then Lucene's ASCII folding,
	 * which also turns ß into ss and ø into o), so that a word can be looked up as an index term as it is.
	 */
	public static String fold(String text) {
		if (text.chars().allMatch(c -> c < 0x80)) {
			// Most names and requests: nothing to decompose or fold.
			return text.toLowerCase(Locale.ROOT);
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		char[] lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).toCharArray();
		char[] folded = new char[lower.length * 4];
		int length = ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, lower.length);
		return new String(folded, 0, length);
	}

}
