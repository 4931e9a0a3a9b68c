package it.sportello.organization;

import java.util.List;

import it.sportello.organization.DirectorySearch.Result;
import it.sportello.search.SearchIndexes;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality on the demo directory: requests written as callers say them, each with the result the
 * operator should see first (checked against {@code shared/data/organization}). A second expected id
 * means homonyms: both must come first, in either order, so the operator can ask which one.
 */
@SportelloIntegrationTest
class DirectorySearchQualityIntegrationTests {

	@Autowired
	DirectorySearch directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexes indexes;

	@BeforeEach
	void demoDirectory() {
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
	}

	@ParameterizedTest(name = "«{0}» → {1} {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# misspelt, folded, particles apart or together
			Rosi                         | surname:Rossi |
			rossi                        | surname:Rossi |
			lo russo                     | surname:Lorusso |
			lorusso                      | surname:Lorusso |
			dangelo                      | surname:D'Angelo |
			d angelo                     | surname:D'Angelo |
			donofrio                     | E0728 |
			D'Onofrio                    | E0728 |
			D’Onofrio                    | E0728 |
			anna donofrio                | E0728 |
			nicolo dangelo               | E0135 |
			nicolò d'angelo              | E0135 |
			niccolo de luca              | E0413 |
			deluca niccolò               | E0413 |
			di lorenzo                   | surname:Di Lorenzo |
			dilorenzo                    | surname:Di Lorenzo |
			dellaglio                    | surname:Dell'Aglio |
			nole                         | surname:Nolè |
			pietro luca                  | E0097 |
			faraone francesca            | E0663 |
			# partial names, as the operator types
			mar russ                     | surname:Russo |
			faraon                       | surname:Faraone |
			# homonyms: both, with their offices
			Maria Russo                  | E0311 | E0606
			giuseppe rossi               | E0134 | E0247
			antonio lorusso              | E0220 | E0348
			# extensions and direct lines
			3505                         | E0283 |
			0971 663505                  | E0283 |
			2607                         | E0134 |
			# topics in the caller's words
			tesserini di caccia          | AGRI-06 |
			tesserino venatorio          | AGRI-06 |
			caccia                       | AGRI-06 |
			licenza di pesca             | AGRI-06 |
			# a verb for what the office does, which writes the noun
			pescare                      | AGRI-06 |
			bollo auto                   | PROG-02 |
			bollo                        | PROG-02 |
			farmacie                     | SALU-03 |
			celiachia                    | SALU-01 |
			assistenza protesica         | SALU-01 |
			sala operativa               | PRES-07 |
			# offices by name
			protezione civile            | PRES-07 |
			ufficio tributi              | PROG-02 |
			avvocatura                   | PRES-03 |
			contact center               | PRES-11 |
			urp salute                   | SALU-URP |
			# functions and a person by office
			dirigente ufficio caccia     | E0362 |
			il capo dell'ufficio caccia  | E0362 |
			dirigente tributi            | E0133 |
			rossi tributi                | E0134 |
			vorrei parlare con la dottoressa Lamorte | surname:Lamorte |
			la dottoressa Maria Lamorte  | E0362 |
			""")
	void theOperatorSeesTheRightEntryFirst(String query, String expected, String homonym) {
		List<Result> results = directory.search(query, 10);
		assertThat(results).as("results for «%s»", query).isNotEmpty();
		if (homonym != null) {
			assertThat(results.subList(0, 2)).extracting(Result::id).containsExactlyInAnyOrder(expected, homonym);
			assertThat(results.get(0).office()).isNotEqualTo(results.get(1).office());
			assertThat(results.get(0).position()).isNotNull();
			return;
		}
		Result first = results.get(0);
		if (expected.startsWith("surname:")) {
			assertThat(first.name()).as("first of %s", describe(results)).endsWith(" " + expected.substring(8));
		}
		else {
			assertThat(first.id()).as("first of %s", describe(results)).isEqualTo(expected);
		}
		assertThat(first.matched()).as("reason").isNotEmpty();
	}

	private static String describe(List<Result> results) {
		return results.stream().limit(5).map(r -> r.id() + " " + r.name() + " " + r.score()).toList().toString();
	}

}
