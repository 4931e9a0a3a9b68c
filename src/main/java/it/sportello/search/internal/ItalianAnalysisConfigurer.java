package it.sportello.search.internal;

import it.sportello.search.Analyzers;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers the analyzers of {@link Analyzers} with the Lucene backend
 * ({@code hibernate.search.backend.analysis.configurer}). They are Analyzer instances rather than
 * factory definitions so that unit tests exercise exactly what the index uses.
 */
public class ItalianAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(Analyzers.NAME).instance(new NameAnalyzer());
		context.analyzer(Analyzers.NAME_JOINED).instance(new JoinedNameAnalyzer());
		context.analyzer(Analyzers.NAME_SOUND).instance(new SoundNameAnalyzer());
		context.analyzer(Analyzers.TEXT).instance(ItalianTextAnalyzer.forIndexing());
		context.analyzer(Analyzers.TEXT_QUERY).instance(ItalianTextAnalyzer.forQueries());
		context.normalizer(Analyzers.KEYWORD).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
