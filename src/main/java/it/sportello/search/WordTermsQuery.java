package it.sportello.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;

/**
 * A query for the terms of one field chosen by their relation to one word (one edit away, starting with
 * it…): the word, and what Lucene asks of every such query (visiting, printing, equality).
 */
abstract class WordTermsQuery extends MultiTermQuery {

	protected final Term term;

	private final String suffix;

	/** @param suffix how the query prints after the word, e.g. {@code *} for a prefix */
	WordTermsQuery(String field, String word, String suffix, RewriteMethod rewrite) {
		super(field, rewrite);
		this.term = new Term(field, word);
		this.suffix = suffix;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		if (visitor.acceptField(field)) {
			visitor.visitLeaf(this);
		}
	}

	@Override
	public String toString(String field) {
		return (this.field.equals(field) ? "" : this.field + ":") + term.text() + suffix;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && term.equals(((WordTermsQuery) other).term);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + term.hashCode();
	}

}
