package it.sportello.search.internal;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Personal names word by word ({@code it.sportello.search.Analyzers#NAME}). Apostrophes, typographic
 * apostrophes and hyphens become spaces before tokenizing: the standard tokenizer would otherwise keep
 * {@code D'Angelo} as one word and {@code D’Angelo} (U+2019) as another.
 */
final class NameAnalyzer extends Analyzer {

	static final NormalizeCharMap SEPARATE_PARTICLES = separators(" ");

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		return new TokenStreamComponents(tokenizer, fold(tokenizer));
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new MappingCharFilter(SEPARATE_PARTICLES, reader);
	}

	@Override
	protected Reader initReaderForNormalization(String fieldName, Reader reader) {
		return new MappingCharFilter(SEPARATE_PARTICLES, reader);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return fold(in);
	}

	static TokenStream fold(TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

	/** Every character that may stand between the parts of a name, mapped to {@code replacement}. */
	static NormalizeCharMap separators(String replacement) {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		for (String separator : new String[] { "'", "\u2019", "\u2018", "`", "\u00B4", "\u02BC", "-", "\u2010", "\u2013" }) {
			map.add(separator, replacement);
		}
		return map.build();
	}

}
