package it.sportello.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The terms of a field at most one edit away from a word (a letter changed, added or dropped, or two
 * neighbours swapped), with the first letter as typed: what {@code new FuzzyQuery(term, 1, 1)} matches, scored
 * the same way (the 50 best terms blended, each weighted by its similarity to the word), but found without
 * a Levenshtein automaton.
 * <p>
 * FuzzyQuery builds and compiles its automata for every query, which cost a third of a directory search.
 * Name dictionaries are small (a few thousand surnames), so reading the terms that start with the word's
 * first letter and comparing each with the word is cheaper than compiling an automaton to walk them.
 * Expects the word normalized the way the field indexes it (see {@link QueryTerms#fold(String)}).
 */
public final class OneEditQuery extends WordTermsQuery {

	private final int[] word;

	public OneEditQuery(String field, String word) {
		super(field, word, "~1", new TopTermsBlendedFreqScoringRewrite(FuzzyQuery.defaultMaxExpansions));
		this.word = word.codePoints().toArray();
	}

	@Override
	protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
		if (word.length == 0) {
			return TermsEnum.EMPTY;
		}
		return new OneEditTermsEnum(terms.iterator());
	}

	/**
	 * How many edits turn {@code a} into {@code b}: 0, 1, or 2 meaning "more than one". A swap of two
	 * neighbouring letters counts as one edit, as in FuzzyQuery.
	 */
	static int edits(int[] a, int aLength, int[] b, int bLength) {
		if (aLength == bLength) {
			int i = mismatch(a, 0, b, 0, aLength);
			if (i == aLength) {
				return 0;
			}
			if (same(a, i + 1, b, i + 1, aLength - i - 1)) {
				return 1;
			}
			boolean swapped = i + 1 < aLength && a[i] == b[i + 1] && a[i + 1] == b[i];
			return swapped && same(a, i + 2, b, i + 2, aLength - i - 2) ? 1 : 2;
		}
		if (Math.abs(aLength - bLength) != 1) {
			return 2;
		}
		int[] longer = aLength > bLength ? a : b;
		int[] shorter = aLength > bLength ? b : a;
		int shorterLength = Math.min(aLength, bLength);
		int i = mismatch(longer, 0, shorter, 0, shorterLength);
		return same(longer, i + 1, shorter, i, shorterLength - i) ? 1 : 2;
	}

	private static int mismatch(int[] a, int aFrom, int[] b, int bFrom, int length) {
		int i = Arrays.mismatch(a, aFrom, aFrom + length, b, bFrom, bFrom + length);
		return i < 0 ? length : i;
	}

	private static boolean same(int[] a, int aFrom, int[] b, int bFrom, int length) {
		return length <= 0 || Arrays.equals(a, aFrom, aFrom + length, b, bFrom, bFrom + length);
	}

	/** The terms that start with the word's first letter, in order, those within one edit accepted. */
	private final class OneEditTermsEnum extends FilteredTermsEnum {

		private final BytesRef firstLetter;

		private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);

		private int[] candidate = new int[16];

		OneEditTermsEnum(TermsEnum terms) {
			super(terms);
			this.firstLetter = new BytesRef(new String(word, 0, 1));
			setInitialSeekTerm(firstLetter);
		}

		@Override
		protected AcceptStatus accept(BytesRef term) {
			if (!StringHelper.startsWith(term, firstLetter)) {
				return AcceptStatus.END;
			}
			if (term.length > candidate.length) {
				candidate = new int[term.length];
			}
			int length = UnicodeUtil.UTF8toUTF32(term, candidate);
			int edits = edits(word, word.length, candidate, length);
			if (edits > 1) {
				return AcceptStatus.NO;
			}
			// FuzzyQuery's weight: 1 for the word itself, 1 - edits / shorter length for the others.
			boost.setBoost(edits == 0 ? 1f : 1f - 1f / Math.min(length, word.length));
			return AcceptStatus.YES;
		}

	}

}
