package it.sportello.search.internal;

import java.io.IOException;
import java.io.Reader;

import it.sportello.search.ItalianSound;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A whole name, joined as {@link JoinedNameAnalyzer} joins it, reduced to how it sounds
 * ({@code it.sportello.search.Analyzers#NAME_SOUND}, {@link ItalianSound}): {@code Di Pierro}, {@code Dipiero}
 * and {@code Di Piero} are one token.
 */
final class SoundNameAnalyzer extends Analyzer {

	private final JoinedNameAnalyzer joined = new JoinedNameAnalyzer();

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new KeywordTokenizer();
		return new TokenStreamComponents(tokenizer, new SoundFilter(NameAnalyzer.fold(tokenizer)));
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return joined.initReader(fieldName, reader);
	}

	/** Replaces each token by its {@link ItalianSound#key(String)}. */
	static final class SoundFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		SoundFilter(TokenStream in) {
			super(in);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!input.incrementToken()) {
				return false;
			}
			String key = ItalianSound.key(term.toString());
			term.setEmpty().append(key);
			return true;
		}

	}

}
