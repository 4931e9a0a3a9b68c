package it.sportello.search.internal;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.KeywordTokenizer;

/**
 * A whole name as one token with no spaces, apostrophes, dots or hyphens
 * ({@code it.sportello.search.Analyzers#NAME_JOINED}): {@code D’Onofrio}, {@code D'Onofrio} and
 * {@code donofrio} are the same token, and so are {@code Lo Russo} and {@code Lorusso}. Fuzzy and prefix
 * queries on this field also tolerate a particle written apart or together.
 */
final class JoinedNameAnalyzer extends Analyzer {

	private static final NormalizeCharMap REMOVE_SEPARATORS = joinAll();

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new KeywordTokenizer();
		return new TokenStreamComponents(tokenizer, NameAnalyzer.fold(tokenizer));
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new MappingCharFilter(REMOVE_SEPARATORS, reader);
	}

	@Override
	protected Reader initReaderForNormalization(String fieldName, Reader reader) {
		return new MappingCharFilter(REMOVE_SEPARATORS, reader);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return NameAnalyzer.fold(in);
	}

	private static NormalizeCharMap joinAll() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		for (String separator : new String[] { "'", "\u2019", "\u2018", "`", "\u00B4", "\u02BC", "-", "\u2010", "\u2013",
				" ", "\u00A0", "\t", "." }) {
			map.add(separator, "");
		}
		return map.build();
	}

}
