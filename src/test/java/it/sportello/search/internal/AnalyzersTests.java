package it.sportello.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import it.sportello.search.QueryTerms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyzers index names and offices the way callers say them. */
class AnalyzersTests {

	private final Analyzer name = new NameAnalyzer();

	private final Analyzer joined = new JoinedNameAnalyzer();

	private final Analyzer text = ItalianTextAnalyzer.forIndexing();

	private final Analyzer query = ItalianTextAnalyzer.forQueries();

	@Test
	void namesFoldCaseAndAccents() {
		assertThat(tokens(name, "Nicolò Nolè")).containsExactly("nicolo", "nole");
		assertThat(tokens(name, "Lucà")).containsExactly("luca");
	}

	@Test
	void apostrophesOfBothKindsSplitParticles() {
		assertThat(tokens(name, "D'Angelo")).containsExactly("d", "angelo");
		assertThat(tokens(name, "D\u2019Onofrio")).containsExactly("d", "onofrio");
		assertThat(tokens(name, "Dell'Aglio")).containsExactly("dell", "aglio");
	}

	@Test
	void joinedNamesIgnoreSpacesAndApostrophes() {
		assertThat(tokens(joined, "D\u2019Onofrio")).containsExactly("donofrio");
		assertThat(tokens(joined, "D'Onofrio")).containsExactly("donofrio");
		assertThat(tokens(joined, "Lo Russo")).containsExactly("lorusso");
		assertThat(tokens(joined, "De Luca")).containsExactly("deluca");
		assertThat(tokens(joined, "Maria Teresa")).containsExactly("mariateresa");
	}

	@Test
	void normalizationForPrefixQueriesFoldsLikeIndexing() {
		assertThat(joined.normalize("f", "D’Ang").utf8ToString()).isEqualTo("dang");
		assertThat(name.normalize("f", "NICOLÒ").utf8ToString()).isEqualTo("nicolo");
	}

	@Test
	void queryWordsAreFoldedExactlyLikeIndexedNames() {
		// The name clauses look query words up as index terms, without analysis.
		String names = "Weiß Søren Łukasz Nolè D’Ángelo";
		assertThat(QueryTerms.parse(names).words()).extracting(QueryTerms.Word::text)
			.containsExactlyElementsOf(tokens(name, names));
	}

	@Test
	void italianTextStemsPluralsAndDropsElisionAndStopWords() {
		assertThat(tokens(text, "tesserino venatorio")).isEqualTo(tokens(text, "tesserini venatori"));
		assertThat(tokens(text, "Ufficio Ciclo dell'Acqua")).containsExactly("uffic", "ciclo", "acqua");
		assertThat(tokens(text, "Ufficio Ciclo dell\u2019Acqua")).containsExactly("uffic", "ciclo", "acqua");
		assertThat(tokens(text, "farmacie")).isEqualTo(tokens(text, "farmaco"));
	}

	@Test
	void queriesReachTheOfficesWordsThroughSynonyms() {
		assertThat(tokens(query, "auto")).containsAll(tokens(text, "automobilistica"));
		assertThat(tokens(query, "caccia")).containsAll(tokens(text, "venatorio"));
	}

	static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
