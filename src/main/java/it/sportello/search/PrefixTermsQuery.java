package it.sportello.search;

import java.io.IOException;

import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The terms of a field that start with a prefix: what {@link PrefixQuery} matches, with the same constant
 * score, but found by seeking to the prefix and reading on while terms start with it, instead of compiling
 * an automaton for every query (a tenth of a directory search, with three prefix clauses per word).
 * Expects the prefix normalized the way the field indexes it (see {@link QueryTerms#fold(String)}).
 */
public final class PrefixTermsQuery extends WordTermsQuery {

	public PrefixTermsQuery(String field, String prefix) {
		super(field, prefix, "*", CONSTANT_SCORE_BLENDED_REWRITE);
	}

	@Override
	protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
		BytesRef start = term.bytes();
		TermsEnum all = terms.iterator();
		if (start.length == 0) {
			return all;
		}
		return new FilteredTermsEnum(all) {

			{
				setInitialSeekTerm(start);
			}

			@Override
			protected AcceptStatus accept(BytesRef term) {
				return StringHelper.startsWith(term, start) ? AcceptStatus.YES : AcceptStatus.END;
			}

		};
	}

}
