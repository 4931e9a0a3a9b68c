package it.sportello.search.internal;

import java.util.Map;

import it.sportello.search.Analyzers;
import org.apache.lucene.analysis.Analyzer;

/** The embedded backend's analyzers by name, as ItalianAnalysisConfigurer registers them, for tests elsewhere. */
public final class LuceneAnalyzersForTests {

	private static final Map<String, Analyzer> BY_NAME = Map.of(Analyzers.NAME, new NameAnalyzer(), Analyzers.NAME_JOINED,
			new JoinedNameAnalyzer(), Analyzers.NAME_SOUND, new SoundNameAnalyzer(), Analyzers.TEXT,
			ItalianTextAnalyzer.forIndexing(), Analyzers.TEXT_QUERY, ItalianTextAnalyzer.forQueries());

	private LuceneAnalyzersForTests() {
	}

	public static Analyzer byName(String name) {
		return BY_NAME.get(name);
	}

}
