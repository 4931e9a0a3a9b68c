package it.sportello.search;

import java.io.IOException;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query rewritten in one go, as a sealed part of a larger one: what it matches and how it scores are its query's,
 * but the query around it never rewrites or hashes what is inside again.
 * <p>
 * Lucene rewrites a boolean query a step at a time (a clause's fuzzy terms read, then blended, then flattened into
 * its parent...), and after each step builds the whole tree anew, hashing every clause of every level to find
 * duplicates: with a switchboard request's hundreds of name clauses under three levels of words, that took a seventh
 * of a search's CPU. Sealed, a boolean query's clauses are each rewritten to their end, once, on the searcher of the
 * search (their fuzzy terms' statistics are that index's), and joined once; the levels above see one opaque clause,
 * equal only to itself.
 */
public final class RewriteOnceQuery extends Query {

	private final Query query;

	/** Whether {@link #query} is already rewritten on the searcher of the search. */
	private final boolean rewritten;

	public RewriteOnceQuery(Query query) {
		this(query, false);
	}

	private RewriteOnceQuery(Query query, boolean rewritten) {
		this.query = query;
		this.rewritten = rewritten;
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		if (rewritten) {
			return this;
		}
		if (query instanceof BooleanQuery bool) {
			// Each clause to its end on its own (a term is already there; fuzzy terms are read and blended), then the
			// clauses joined once. What the boolean query's own rewriting would do next (merge duplicate clauses, flatten
			// nested disjunctions, unwrap a single clause) changes how it runs, never what it matches or scores.
			BooleanQuery.Builder clauses = new BooleanQuery.Builder()
				.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			for (BooleanClause clause : bool.clauses()) {
				clauses.add(searcher.rewrite(clause.getQuery()), clause.getOccur());
			}
			return new RewriteOnceQuery(clauses.build(), true);
		}
		return new RewriteOnceQuery(searcher.rewrite(query), true);
	}

	/** Scores as its query; Lucene asks only once the query is rewritten. */
	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		return query.createWeight(searcher, scoreMode, boost);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
	}

	@Override
	public String toString(String field) {
		return "once(" + query.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

}
