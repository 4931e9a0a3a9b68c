package it.sportello.search;

import java.util.Set;

import it.sportello.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an operator types is read the way they mean it. */
class QueryTermsTests {

	@Test
	void particlesAreOptionalButJoinTheNextWord() {
		QueryTerms terms = QueryTerms.parse("lo russo");
		assertThat(terms.required()).containsExactly(1);
		assertThat(terms.pairs()).extracting(QueryTerms.Pair::joined).containsExactly("lorusso");
	}

	@Test
	void apostrophesSplitAndJoinLikeSpaces() {
		assertThat(QueryTerms.parse("D\u2019Onofrio").pairs()).extracting(QueryTerms.Pair::joined).containsExactly("donofrio");
		assertThat(QueryTerms.parse("d'angelo").pairs()).extracting(QueryTerms.Pair::joined).containsExactly("dangelo");
	}

	@Test
	void accentsAndCaseAreFolded() {
		assertThat(QueryTerms.parse("NICOLÒ").words()).extracting(QueryTerms.Word::text).containsExactly("nicolo");
	}

	@Test
	void wordsAreFoldedAsTheNameAnalyzersIndexThem() {
		// Looked up as index terms without analysis: the folding must be the analyzers' (ASCII folding too).
		assertThat(QueryTerms.fold("Weiß Søren Łukasz Nolè")).isEqualTo("weiss soren lukasz nole");
	}

	@Test
	void theWordsARequestKindNamesAreOptional() {
		QueryTerms terms = QueryTerms.parse("vorrei parlare con il dottor Rossi", Set.of("vorrei", "parlare", "dottor"));
		assertThat(terms.required()).hasSize(1);
		assertThat(terms.words().get(terms.required().get(0)).text()).isEqualTo("rossi");
	}

	@Test
	void onlyParticlesStillSearch() {
		assertThat(QueryTerms.parse("de").required()).containsExactly(0);
	}

	@Test
	void fourDigitsAreAnExtensionAndADirectLineEndsWithOne() {
		assertThat(QueryTerms.parse("3512").extension()).contains("3512");
		assertThat(QueryTerms.parse("0971 663512").extension()).contains("3512");
		assertThat(QueryTerms.parse("351").extension()).isEmpty();
	}

	@Test
	void longRequestsMayMissOneWord() {
		assertThat(QueryTerms.parse("maria russo").minimumMatches()).isEqualTo(2);
		assertThat(QueryTerms.parse("tesserini caccia potenza").minimumMatches()).isEqualTo(2);
	}

	@Test
	void rejectsEmptyAndOverlongQueries() {
		assertThatThrownBy(() -> QueryTerms.parse("  ")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> QueryTerms.parse("' - '")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> QueryTerms.parse("x".repeat(201))).isInstanceOf(InvalidInputException.class);
	}

}
