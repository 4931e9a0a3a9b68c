package it.sportello.organization.internal;

import it.sportello.organization.internal.SwitchboardVocabulary.SwitchboardRequest;
import it.sportello.search.QueryTerms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The switchboard's tables read a spoken request the way an operator hears it. */
class SwitchboardVocabularyTests {

	private final SwitchboardVocabulary vocabulary = new SwitchboardVocabulary();

	private static java.util.List<String> required(SwitchboardRequest request) {
		return request.terms().required().stream().map(i -> request.terms().words().get(i).text()).toList();
	}

	@Test
	void fillersAndASpokenTitleLeaveOnlyTheName() {
		SwitchboardRequest request = vocabulary.read("buongiorno, mi passa l'ingegner Peppe Larocca per favore");
		assertThat(required(request)).containsExactly("peppe", "larocca");
		assertThat(request.titles()).containsExactly("Ing.");
	}

	@Test
	void everyTitleTheDirectoryStoresHasItsSpokenForms() {
		assertThat(vocabulary.read("la dottoressa Rossi").titles()).containsExactly("Dott.ssa");
		assertThat(vocabulary.read("il dottor Rossi").titles()).containsExactly("Dott.");
		assertThat(vocabulary.read("il signor Rossi").titles()).containsExactly("Sig.");
		assertThat(vocabulary.read("la signora Rossi").titles()).containsExactly("Sig.ra");
		assertThat(vocabulary.read("il geometra Rossi").titles()).containsExactly("Geom.");
		assertThat(vocabulary.read("l'avvocatessa Rossi").titles()).containsExactly("Avv.");
		assertThat(vocabulary.read("l'architetto Rossi").titles()).containsExactly("Arch.");
		assertThat(vocabulary.read("il ragioniere Rossi").titles()).containsExactly("Rag.");
		assertThat(vocabulary.read("il perito industriale Rossi").titles()).containsExactly("P.I.");
	}

	@Test
	void shortFormsAndPetNamesLeadToTheFullFirstNames() {
		assertThat(vocabulary.firstNamesFor("peppe")).contains("giuseppe");
		assertThat(vocabulary.firstNamesFor("beppe")).contains("giuseppe");
		assertThat(vocabulary.firstNamesFor("pino")).contains("giuseppe", "filippo");
		assertThat(vocabulary.firstNamesFor("toto")).contains("antonio", "salvatore");
		assertThat(vocabulary.firstNamesFor("tonino")).contains("antonio");
		assertThat(vocabulary.firstNamesFor("ciccio")).contains("francesco");
		assertThat(vocabulary.firstNamesFor("mimmo")).contains("domenico");
		assertThat(vocabulary.firstNamesFor("gianni")).contains("giovanni");
		assertThat(vocabulary.firstNamesFor("marite")).contains("maria teresa");
		assertThat(vocabulary.firstNamesFor("rossi")).isEmpty();
	}

	@Test
	void abbreviationsAreSpeltOutAndAnExtensionSurvivesThem() {
		assertThat(vocabulary.read("int. 4282").terms().extension()).contains("4282");
		assertThat(vocabulary.read("tel. 0971 663749").terms().extension()).contains("3749");
		assertThat(vocabulary.read("l'interno 42 82").terms().extension()).contains("4282");
	}

	@Test
	void aQuestionAboutAFunctionAsksForTheHeadOfAnOffice() {
		SwitchboardRequest request = vocabulary.read("chi coordina la protezione civile");
		assertThat(request.positions()).contains("dirigente", "responsabile");
		assertThat(required(request)).containsExactly("protezione", "civile");
		assertThat(vocabulary.read("il capo dell'avvocatura").positions()).contains("dirigente");
	}

	@Test
	void aTitleOrAFunctionAloneIsSearchedAsTyped() {
		SwitchboardRequest request = vocabulary.read("dottoressa");
		assertThat(required(request)).containsExactly("dottoressa");
		assertThat(request.titles()).isEmpty();
	}

	@Test
	void theWordsOfASwitchboardAreNotTheSharedParsersOwn() {
		// The shared parser knows Italian particles only; "mi passa" is this module's.
		assertThat(QueryTerms.parse("mi passa rossi").required()).hasSize(3);
		assertThat(required(vocabulary.read("mi passa rossi"))).containsExactly("rossi");
	}

}
