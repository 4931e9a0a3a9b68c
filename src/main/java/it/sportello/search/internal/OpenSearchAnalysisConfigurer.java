package it.sportello.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import it.sportello.search.Analyzers;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.core.io.ClassPathResource;

/**
 * The analyzers of {@link Analyzers} declared as named chains on OpenSearch (the Elasticsearch backend,
 * {@code sportello.search.backend=opensearch}), each with the same behaviour as its Lucene instance registered by
 * {@link ItalianAnalysisConfigurer}: the same tokenizer, the same separators, the same elided words and stop words
 * (read from the Lucene analyzer, so that the two lists cannot drift), the same light stemmer, the query-time
 * synonyms of {@code search/synonyms.txt}, and {@link it.sportello.search.ItalianSound}'s key spelt as a chain of
 * pattern replacements. {@code OpenSearchSearchIntegrationTests} compares the tokens of both backends.
 */
public class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	/** The characters that stand between the parts of a name, as in NameAnalyzer. */
	private static final String SEPARATORS = "'\u2019\u2018`\u00B4\u02BC\\-\u2010\u2013";

	/**
	 * ItalianSound.key, step by step: letters only; the spellings of one sound (gli, gn, ch, gh, a silent h, y, j, w,
	 * x, q) in the same order; a hard c as k; doubled letters once; the final vowel of a key longer than three letters.
	 */
	private static final List<String[]> SOUND = List.of(new String[] { "[^a-z]", "" }, new String[] { "gli", "li" },
			new String[] { "gn", "n" }, new String[] { "ch", "k" }, new String[] { "gh", "g" }, new String[] { "h", "" },
			new String[] { "y", "i" }, new String[] { "j", "i" }, new String[] { "w", "v" }, new String[] { "x", "s" },
			new String[] { "q", "k" }, new String[] { "c(?![ei])", "k" }, new String[] { "(.)\\1+", "$1" },
			new String[] { "^(.{3,})[aeiou]$", "$1" });

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter("sportello_name_separate").type("pattern_replace").param("pattern", "[" + SEPARATORS + "]")
			.param("replacement", " ");
		context.charFilter("sportello_name_join").type("pattern_replace")
			.param("pattern", "[" + SEPARATORS + " \u00A0\t.]").param("replacement", "");
		context.analyzer(Analyzers.NAME).custom().tokenizer("standard").charFilters("sportello_name_separate")
			.tokenFilters("lowercase", "asciifolding");
		context.analyzer(Analyzers.NAME_JOINED).custom().tokenizer("keyword").charFilters("sportello_name_join")
			.tokenFilters("lowercase", "asciifolding");
		String[] sound = new String[SOUND.size() + 2];
		sound[0] = "lowercase";
		sound[1] = "asciifolding";
		for (int i = 0; i < SOUND.size(); i++) {
			sound[i + 2] = "sportello_sound_" + i;
			context.tokenFilter(sound[i + 2]).type("pattern_replace").param("pattern", SOUND.get(i)[0])
				.param("replacement", SOUND.get(i)[1]).param("all", true);
		}
		context.analyzer(Analyzers.NAME_SOUND).custom().tokenizer("keyword").charFilters("sportello_name_join")
			.tokenFilters(sound);

		context.tokenFilter("sportello_elision").type("elision")
			.param("articles", ItalianTextAnalyzer.ELIDED.toArray(String[]::new)).param("articles_case", true);
		context.tokenFilter("sportello_stop").type("stop")
			.param("stopwords", ItalianTextAnalyzer.stopWordList().toArray(String[]::new)).param("ignore_case", true);
		context.tokenFilter("sportello_light_stem").type("stemmer").param("language", "light_italian");
		context.tokenFilter("sportello_synonyms").type("synonym_graph").param("synonyms", synonyms())
			.param("expand", true);
		context.analyzer(Analyzers.TEXT).custom().tokenizer("standard")
			.tokenFilters("sportello_elision", "lowercase", "asciifolding", "sportello_stop", "sportello_light_stem");
		context.analyzer(Analyzers.TEXT_QUERY).custom().tokenizer("standard")
			.tokenFilters("sportello_elision", "lowercase", "asciifolding", "sportello_synonyms", "sportello_stop",
					"sportello_light_stem");
		context.normalizer(Analyzers.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
	}

	/** The rules of {@code search/synonyms.txt}, without comments and blank lines. */
	private static String[] synonyms() {
		try {
			String text = new ClassPathResource("search/synonyms.txt").getContentAsString(StandardCharsets.UTF_8);
			return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
