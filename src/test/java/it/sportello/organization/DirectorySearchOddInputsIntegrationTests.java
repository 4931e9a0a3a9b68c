package it.sportello.organization;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import it.sportello.search.SearchIndexes;
import it.sportello.shared.InvalidInputException;
import it.sportello.support.PageSessions;
import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever an operator types on the way to a name, an extension or an office, the directory search answers
 * with results, "no results" or a problem saying what is wrong: never a server error. The inputs come from
 * {@link OddQueries}: short groups of digits, codes, punctuation, scripts and symbols, and random mixes of
 * them from a fixed seed.
 */
@SportelloIntegrationTest
class DirectorySearchOddInputsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexes indexes;

	@Autowired
	DirectorySearch directory;

	@Autowired
	MockMvc mvc;

	HttpClient http = HttpClient.newHttpClient();

	String token;

	@BeforeEach
	void setUp() {
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
		token = new Api(port).token("operatore");
	}

	@ParameterizedTest
	@ValueSource(strings = { "3", "35", "350", "0971 668", "AGRI-02", "stanza 402", "2 6", "097 1", "interno 35" })
	void queriesWithShortGroupsOfDigitsAnswerResultsOrNone(String query) throws Exception {
		HttpResponse<String> response = search(query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).startsWith("[");
	}

	@Test
	void anOfficeCodeFindsTheOffice() throws Exception {
		assertThat(search("AGRI-02").body()).contains("\"id\":\"AGRI-02\"");
	}

	@Test
	void theApiAnswersEveryOddQueryWithResultsOrAProblemNeverAServerError() throws Exception {
		for (String query : OddQueries.all()) {
			HttpResponse<String> response = search(query);
			assertThat(response.statusCode()).as("%s -> %s", OddQueries.describe(query), response.body()).isIn(200, 400);
			if (response.statusCode() == 400) {
				assertThat(response.headers().firstValue("Content-Type")).as(OddQueries.describe(query))
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
				assertThat(response.body()).contains("\"detail\"");
			}
		}
	}

	@Test
	void theServiceAnswersEveryOddQueryOrRefusesItAsInvalidInput() {
		for (String query : OddQueries.all()) {
			assertThatCode(() -> {
				try {
					assertThat(directory.search(query, 10)).isNotNull();
				}
				catch (InvalidInputException refused) {
					assertThat(refused.field()).isEqualTo("q");
				}
			}).as(OddQueries.describe(query)).doesNotThrowAnyException();
		}
	}

	@ParameterizedTest
	@MethodSource("queriesTheSearchPageMustAnswer")
	void theResultListIsReplacedByTheAnswerToTheLatestQuery(String query) throws Exception {
		MockHttpSession operator = PageSessions.loginAs(mvc, "operatore");
		mvc.perform(get("/directory/search").param("q", query).header("HX-Request", "true").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(anyOf(containsString("directory-results"), containsString("Nessun risultato"),
					containsString("Scriva che cosa cercare"))))
			.andExpect(content().string(not(containsString("non è riuscita"))));
	}

	static Stream<String> queriesTheSearchPageMustAnswer() {
		return Stream.of("350", "AGRI-02", "stanza 402", "0971 668", "🙂", "٣٥٠");
	}

	private HttpResponse<String> search(String query) throws IOException, InterruptedException {
		URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/directory/search?limit=10&q="
				+ URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
		return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
			.header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
