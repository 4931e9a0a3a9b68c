package it.sportello.search.internal;

import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers of {@link it.sportello.search.Analyzers#TEXT} and {@link it.sportello.search.Analyzers#TEXT_QUERY}
 * as Lucene instances in this JVM, whichever backend holds the directory index: what marks the words a result
 * matched, and what the knowledge index (embedded on every node) analyses with. One instance each: a Lucene
 * Analyzer is safe to share between threads.
 */
public final class LocalAnalyzers {

	private static final Analyzer TEXT = ItalianTextAnalyzer.forIndexing();

	private static final Analyzer TEXT_QUERY = ItalianTextAnalyzer.forQueries();

	private LocalAnalyzers() {
	}

	public static Analyzer text() {
		return TEXT;
	}

	public static Analyzer textQuery() {
		return TEXT_QUERY;
	}

}
