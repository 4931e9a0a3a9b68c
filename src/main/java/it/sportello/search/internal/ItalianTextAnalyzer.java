package it.sportello.search.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Italian administrative text: office names, competences, positions
 * ({@code it.sportello.search.Analyzers#TEXT}). Elision first ({@code dell'acqua} → {@code acqua}; the
 * filter knows both ' and ’), then stop words, folding and the light stemmer, which conflates singular and
 * plural ({@code tesserini}/{@code tesserino}, {@code farmacie}/{@code farmaco}) without the aggressive
 * merges of Snowball. The query-time variant adds synonyms, so that the caller's words ({@code auto},
 * {@code macchina}) reach the office's ({@code automobilistica}) without rewriting the index.
 */
final class ItalianTextAnalyzer extends Analyzer {

	/** The articles and prepositions that elide in Italian (as in Lucene's ItalianAnalyzer), and a few more words. */
	static final List<String> ELIDED = List.of("c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl",
			"agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d",
			// and the other words citizens elide: quest'anno, quell'ufficio, nessun'altra, dov'è, sant'Antonio
			"quest", "quell", "nessun", "dov", "cos", "com", "sant", "bell", "tutt", "senz", "anch", "ch");

	private static final CharArraySet ARTICLES = new CharArraySet(ELIDED, true);

	/**
	 * Lucene's Italian stop words but "non", which carries meaning in administrative text ("non autosufficienza",
	 * "non residenti").
	 */
	private static final CharArraySet STOP_WORDS = stopWords();

	private final @Nullable SynonymMap synonyms;

	private ItalianTextAnalyzer(@Nullable SynonymMap synonyms) {
		this.synonyms = synonyms;
	}

	/** The stop words, as a list (for OpenSearch's definition of the same chain). */
	static List<String> stopWordList() {
		List<String> words = new ArrayList<>();
		for (Object word : STOP_WORDS) {
			words.add(new String((char[]) word));
		}
		return List.copyOf(words);
	}

	static ItalianTextAnalyzer forIndexing() {
		return new ItalianTextAnalyzer(null);
	}

	/** The analyzer for queries, with the synonyms of {@code search/synonyms.txt} (Solr format). */
	static ItalianTextAnalyzer forQueries() {
		return new ItalianTextAnalyzer(loadSynonyms("search/synonyms.txt"));
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(new ElisionFilter(tokenizer, ARTICLES));
		stream = new ASCIIFoldingFilter(stream);
		if (synonyms != null) {
			// Before the stop filter and the stemmer, so that synonyms are written as plain words.
			stream = new SynonymGraphFilter(stream, synonyms, true);
		}
		stream = new StopFilter(stream, STOP_WORDS);
		return new TokenStreamComponents(tokenizer, new ItalianLightStemFilter(stream));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(ItalianAnalyzer.getDefaultStopSet().size(), true);
		for (Object word : ItalianAnalyzer.getDefaultStopSet()) {
			String text = new String((char[]) word);
			if (!"non".equals(text)) {
				words.add(text);
			}
		}
		return CharArraySet.unmodifiableSet(words);
	}

	private static SynonymMap loadSynonyms(String path) {
		// The parser analyzes both sides the same way the query does up to the synonym filter: lower case, folded.
		Analyzer plain = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
			}
		};
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
			parser.parse(reader);
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Malformed synonyms in " + path + ": " + ex.getMessage(), ex);
		}
		finally {
			plain.close();
		}
	}

}
