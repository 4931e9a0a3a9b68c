package it.sportello.organization.internal;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Office text and positions are marked the way their analyzer reads them. Lucene's own Italian analyzer
 * stands in for the application's (elision, stop words, stemming); the application's analyzers and synonyms
 * are checked through the search API.
 */
class DirectorySearchTextReasonsTests {

	private final Analyzer italian = new ItalianAnalyzer();

	private DirectorySearchTextReasons marker(String... words) {
		return new DirectorySearchTextReasons(italian, DirectorySearchTextReasons.tokens(italian, List.of(words)));
	}

	@Test
	void marksEveryWordThatAnalyzesLikeAQueryWord() {
		assertThat(marker("tesserini", "caccia").mark("tesserino venatorio, ambiti territoriali di caccia"))
			.containsExactly("<mark>tesserino</mark> venatorio, ambiti territoriali di <mark>caccia</mark>");
	}

	@Test
	void marksTheWholeElidedWord() {
		assertThat(marker("acqua").mark("Ufficio Ciclo dell\u2019Acqua"))
			.containsExactly("Ufficio Ciclo <mark>dell\u2019Acqua</mark>");
	}

	@Test
	void nothingMatchedIsNoFragment() {
		assertThat(marker("pesca").mark("Ufficio Tributi")).isEmpty();
		assertThat(marker("pesca").mark(null)).isEmpty();
		assertThat(new DirectorySearchTextReasons(italian, Set.of()).mark("pesca")).isEmpty();
	}

	@Test
	void escapesHtmlButKeepsAccentedLetters() {
		assertThat(marker("danni").mark("danni <b>da</b> calamità & co"))
			.containsExactly("<mark>danni</mark> &lt;b&gt;da&lt;/b&gt; calamità &amp; co");
	}

	@Test
	void returnsAtMostTwoSentencesThatMatch() {
		String text = "Caccia e pesca. Nessuna corrispondenza qui. Calendario della caccia. Caccia di nuovo.";
		assertThat(marker("caccia").mark(text)).containsExactly("<mark>Caccia</mark> e pesca.",
				"Calendario della <mark>caccia</mark>.");
	}

	@Test
	void aFunctionWordMarksThePositionOnly() {
		DirectorySearchTextReasons text = marker("caccia");
		DirectorySearchTextReasons position = text.with(DirectorySearchTextReasons.tokens(italian, List.of("dirigente")));
		assertThat(text.mark("Dirigente")).isEmpty();
		assertThat(position.mark("Dirigente")).containsExactly("<mark>Dirigente</mark>");
	}

}
