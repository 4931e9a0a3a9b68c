package it.sportello.organization.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Marks the words of an office's name and competences, or of a person's position, that the query matched,
 * the way the index matched them: the stored text goes through the field's own analyzer (elision, folding,
 * stemming) and a word is marked when its token is one the query's words produced (synonyms included:
 * "auto" marks "automobilistica"). Only the returned results are marked, with one short analysis per text.
 * <p>
 * This replaces Hibernate Search's unified highlighter, which for every hit and field re-analysed the text
 * into a memory index and rewrote the whole query against it (fuzzy automata of the name clauses included):
 * three fifths of the cost of a search.
 */
final class DirectorySearchTextReasons {

	/** Sentences with a match, at most this many per field, as the highlighter returned. */
	static final int FRAGMENTS = 2;

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n\\r\u2029]");

	private final Analyzer analyzer;

	private final Set<String> tokens;

	/** Beginnings of words the relaxed passes look for ({@code pesc} marks "pesca"); empty in the strict pass. */
	private final Set<String> beginnings;

	/** The people of one office share its text: marked once per search. Not thread-safe, like a search. */
	private final Map<String, List<String>> marked = new HashMap<>();

	/**
	 * @param analyzer the analyzer the fields are indexed with
	 * @param tokens what the query's words become through the fields' search analyzer
	 */
	DirectorySearchTextReasons(Analyzer analyzer, Set<String> tokens) {
		this(analyzer, tokens, Set.of());
	}

	private DirectorySearchTextReasons(Analyzer analyzer, Set<String> tokens, Set<String> beginnings) {
		this.analyzer = analyzer;
		this.tokens = tokens;
		this.beginnings = beginnings;
	}

	/** A marker that also marks the words that begin with one of {@code more} (as the index holds words). */
	DirectorySearchTextReasons withBeginnings(Set<String> more) {
		if (more.isEmpty()) {
			return this;
		}
		Set<String> all = new HashSet<>(beginnings);
		all.addAll(more);
		return new DirectorySearchTextReasons(analyzer, tokens, all);
	}

	/** The tokens {@code analyzer} makes of each word (with its synonyms, for a query analyzer). */
	static Set<String> tokens(Analyzer analyzer, List<String> words) {
		Set<String> tokens = new HashSet<>();
		for (String word : words) {
			analyze(analyzer, word, (start, end, token) -> tokens.add(token));
		}
		return tokens;
	}

	/** A marker for the same text with more query tokens (a function's word marks only the position). */
	DirectorySearchTextReasons with(Set<String> more) {
		if (more.isEmpty()) {
			return this;
		}
		Set<String> all = new HashSet<>(tokens);
		all.addAll(more);
		return new DirectorySearchTextReasons(analyzer, all, beginnings);
	}

	/**
	 * The sentences of {@code text} that hold a matched word, HTML-escaped, each matched word in
	 * {@code <mark>}; empty when nothing matched.
	 */
	List<String> mark(@Nullable String text) {
		if (text == null || text.isEmpty() || (tokens.isEmpty() && beginnings.isEmpty())) {
			return List.of();
		}
		return marked.computeIfAbsent(text, this::fragments);
	}

	private List<String> fragments(String text) {
		List<int[]> marks = new ArrayList<>();
		analyze(analyzer, text, (start, end, token) -> {
			if (tokens.contains(token) || begins(token)) {
				marks.add(new int[] { start, end });
			}
		});
		if (marks.isEmpty()) {
			return List.of();
		}
		List<String> fragments = new ArrayList<>();
		int[] bounds = sentenceBounds(text);
		int next = 0;
		for (int s = 0; s + 1 < bounds.length && fragments.size() < FRAGMENTS; s++) {
			int start = bounds[s];
			int end = bounds[s + 1];
			StringBuilder fragment = new StringBuilder(end - start + 32);
			int at = start;
			boolean matched = false;
			while (next < marks.size() && marks.get(next)[1] <= end) {
				int[] mark = marks.get(next++);
				if (mark[0] < at) {
					continue;
				}
				fragment.append(DirectorySearchNameReasons.escape(text.substring(at, mark[0])))
					.append("<mark>")
					.append(DirectorySearchNameReasons.escape(text.substring(mark[0], mark[1])))
					.append("</mark>");
				at = mark[1];
				matched = true;
			}
			if (matched) {
				fragments.add(fragment.append(DirectorySearchNameReasons.escape(text.substring(at, end))).toString().strip());
			}
		}
		return List.copyOf(fragments);
	}

	private boolean begins(String token) {
		for (String beginning : beginnings) {
			if (token.startsWith(beginning)) {
				return true;
			}
		}
		return false;
	}

	/** Where the sentences start, and the end; most names and competences are one sentence. */
	private static int[] sentenceBounds(String text) {
		if (!SENTENCE_END.matcher(text).find()) {
			return new int[] { 0, text.length() };
		}
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ITALIAN);
		sentences.setText(text);
		List<Integer> bounds = new ArrayList<>();
		for (int at = sentences.first(); at != BreakIterator.DONE; at = sentences.next()) {
			bounds.add(at);
		}
		return bounds.stream().mapToInt(Integer::intValue).toArray();
	}

	private interface TokenSink {

		void accept(int start, int end, String token);

	}

	private static void analyze(Analyzer analyzer, String text, TokenSink sink) {
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				sink.accept(offset.startOffset(), offset.endOffset(), term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
