package it.sportello.search;

import java.io.IOException;

import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The terms of a field that start with a prefix: what {@link PrefixQuery} matches, with the same constant
 * score, but found by seeking to the prefix and reading on while terms start with it, instead of compiling
 * an automaton for every query (a tenth of a directory search, with three prefix clauses per word).
 * Expects the prefix normalized the way the field indexes it (see {@link QueryTerms#fold(String)}).
 */
public final class PrefixTermsQuery extends MultiTermQuery {

	private final Term prefix;

	public PrefixTermsQuery(String field, String prefix) {
		super(field, CONSTANT_SCORE_BLENDED_REWRITE);
		this.prefix = new Term(field, prefix);
	}

	@Override
	protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
		BytesRef start = prefix.bytes();
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

	@Override
	public void visit(QueryVisitor visitor) {
		if (visitor.acceptField(field)) {
			visitor.visitLeaf(this);
		}
	}

	@Override
	public String toString(String field) {
		return (this.field.equals(field) ? "" : this.field + ":") + prefix.text() + "*";
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && prefix.equals(((PrefixTermsQuery) other).prefix);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + prefix.hashCode();
	}

}
