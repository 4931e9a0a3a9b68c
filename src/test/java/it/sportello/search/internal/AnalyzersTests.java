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

	@Test
	void italianTextFoldsAccentsAndElisionsAsCitizensWriteThem() {
		assertThat(tokens(text, "citta")).isEqualTo(tokens(text, "Città"));
		assertThat(tokens(text, "dell'auto")).isEqualTo(tokens(text, "auto"));
		assertThat(tokens(text, "quest’anno")).isEqualTo(tokens(text, "anno"));
		assertThat(tokens(text, "contributi")).isEqualTo(tokens(text, "contributo"));
	}

	@Test
	void negationIsNotAStopWord() {
		// "non autosufficienza" is a service of its own: "non" must not be eaten by the stop words.
		assertThat(tokens(text, "non autosufficienza")).contains("non");
		assertThat(tokens(query, "assegno per non autosufficienti")).contains("non");
	}

	@Test
	void namesSoundTheSameWhateverTheDoubledConsonantsFinalVowelOrParticles() {
		Analyzer sound = new SoundNameAnalyzer();
		assertThat(tokens(sound, "Collangelo")).isEqualTo(tokens(sound, "Colangelo"));
		assertThat(tokens(sound, "Lombardi")).isEqualTo(tokens(sound, "Lombardo"));
		assertThat(tokens(sound, "Griechi")).isEqualTo(tokens(sound, "Grieco"));
		assertThat(tokens(sound, "Stiliani")).isEqualTo(tokens(sound, "Stigliani"));
		assertThat(tokens(sound, "Dipiero")).isEqualTo(tokens(sound, "Di Pierro"));
		assertThat(tokens(sound, "D’Andrea")).isEqualTo(tokens(sound, "dandrea"));
		assertThat(tokens(sound, "Rossi")).isNotEqualTo(tokens(sound, "Russo"));
		assertThat(tokens(sound, "Lucia")).isNotEqualTo(tokens(sound, "Luca"));
		assertThat(tokens(sound, "Nardozza")).containsExactly(it.sportello.search.ItalianSound.key("nardoza"));
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
