package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import it.sportello.organization.DirectorySearch.Kind;
import it.sportello.organization.DirectorySearch.Reason;
import it.sportello.organization.DirectorySearch.Result;
import it.sportello.search.QueryTerms;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words of a person's name that the query matched (exactly, as a prefix, with one typo, or joined
 * with a neighbour: "lo russo" marks Lorusso), the way the index matched them, for the result's reasons.
 */
final class DirectorySearchNameReasons {

	private static final Pattern WORDS = Pattern.compile("(?<=[\\s'\u2019-])|(?=[\\s'\u2019-])");

	private DirectorySearchNameReasons() {
	}

	static Result add(Result result, QueryTerms terms) {
		if (result.type() != Kind.PERSON) {
			return result;
		}
		List<Reason> reasons = new ArrayList<>();
		String marked = markedOrNull(result.name(), terms);
		if (marked != null) {
			reasons.add(new Reason("person", List.of(marked)));
		}
		reasons.addAll(result.matched());
		return new Result(result.type(), result.id(), result.name(), result.title(),
				result.position(), result.extension(), result.directPhone(), result.email(), result.room(),
				result.office(), result.department(), result.openingHours(), result.score(), List.copyOf(reasons));
	}

	/** The name, HTML-escaped, with every matched word in {@code <mark>}. */
	static String mark(String name, QueryTerms terms) {
		String marked = markedOrNull(name, terms);
		return marked != null ? marked : escape(name);
	}

	private static @Nullable String markedOrNull(String name, QueryTerms terms) {
		StringBuilder out = new StringBuilder(name.length() + 32);
		String[] parts = WORDS.split(name);
		String[] folded = new String[parts.length];
		for (int i = 0; i < parts.length; i++) {
			folded[i] = QueryTerms.fold(parts[i]);
		}
		boolean any = false;
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			boolean hit = !folded[i].isBlank() && Character.isLetterOrDigit(folded[i].charAt(0))
					&& matches(folded[i], terms);
			// A particle and its surname written together in the query ("dangelo") mark both parts.
			if (!hit && i + 2 < parts.length && isJoiner(parts[i + 1])) {
				hit = joinedMatch(folded[i] + folded[i + 2], terms);
				if (hit) {
					out.append("<mark>").append(escape(part + parts[i + 1] + parts[i + 2])).append("</mark>");
					i += 2;
					any = true;
					continue;
				}
			}
			out.append(hit ? "<mark>" + escape(part) + "</mark>" : escape(part));
			any |= hit;
		}
		return any ? out.toString() : null;
	}

	/** An apostrophe (straight or typographic) or a space between a particle and its surname. */
	private static boolean isJoiner(String separator) {
		return separator.length() == 1 && "'\u2019 ".indexOf(separator.charAt(0)) >= 0;
	}

	private static boolean matches(String token, QueryTerms terms) {
		for (QueryTerms.Word word : terms.words()) {
			String w = word.text();
			if (word.optional() || word.digits()) {
				continue;
			}
			if (token.equals(w) || (w.length() >= 2 && token.startsWith(w)) || (w.length() >= 4 && oneEdit(token, w))) {
				return true;
			}
		}
		return joinedMatch(token, terms);
	}

	private static boolean joinedMatch(String joined, QueryTerms terms) {
		for (QueryTerms.Pair pair : terms.pairs()) {
			if (joined.equals(pair.joined()) || (pair.joined().length() >= 5 && oneEdit(joined, pair.joined()))) {
				return true;
			}
		}
		for (QueryTerms.Word word : terms.words()) {
			if (!word.optional() && word.text().length() >= 4 && joined.equals(word.text())) {
				return true;
			}
		}
		return false;
	}

	/** Levenshtein distance at most one. */
	static boolean oneEdit(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		int j = 0;
		int edits = 0;
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) == b.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (++edits > 1) {
				return false;
			}
			if (a.length() > b.length()) {
				i++;
			}
			else if (a.length() < b.length()) {
				j++;
			}
			else {
				i++;
				j++;
			}
		}
		return edits + (a.length() - i) + (b.length() - j) <= 1;
	}

	/** HTML-escaped; letters outside ASCII (Nolè, calamità) are kept as they are, the response is UTF-8. */
	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
