package it.sportello.citizens.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

	@Test
	void foldsAccentsCaseAndTypographicApostrophes() {
		assertThat(SearchText.fold("Nolè D’Onofrio NICCOLÒ")).isEqualTo("nole d'onofrio niccolo");
	}

	@Test
	void storesWordsWithApostrophesJoinedAndSplit() {
		assertThat(SearchText.column("Maria Teresa", "D’Angelo", null)).isEqualTo(" maria teresa dangelo d angelo ");
	}

	@Test
	void turnsQueriesIntoPrefixWords() {
		assertThat(SearchText.queryWords("  d'Angelo  Mà ", 4)).containsExactly("dangelo", "ma");
		assertThat(SearchText.queryWords("a b c d e f", 4)).hasSize(4);
	}

}
