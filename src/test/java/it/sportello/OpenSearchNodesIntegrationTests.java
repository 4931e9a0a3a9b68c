package it.sportello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.sportello.organization.DirectorySearch;
import it.sportello.search.Analyzers;
import it.sportello.search.HitType;
import it.sportello.search.SearchBox;
import it.sportello.search.SearchHit;
import it.sportello.search.SearchQuery;
import it.sportello.search.eval.EvaluationSet;
import it.sportello.search.eval.EvaluationSet.Figures;
import it.sportello.search.internal.LuceneAnalyzersForTests;
import it.sportello.support.Api;
import it.sportello.support.MutableClock;
import it.sportello.support.Nodes;
import it.sportello.support.OpenSearchNode;
import it.sportello.support.TestClockConfiguration;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several nodes with the directory index on OpenSearch ({@code sportello.search.backend=opensearch}): two
 * application nodes on one fresh PostgreSQL database and a real OpenSearch node inside the test JVM. A change made on
 * one node (an office renamed, a sheet published) is found by a search on the other within seconds; the analysis is
 * the same token for token as the embedded backend's; and the evaluation sets give the same figures (within 0.02) as
 * a node with the embedded Lucene index on the same data.
 */
@ExtendWith(OpenSearchNode.Shared.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchNodesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static OpenSearchNode openSearch;

	static String database;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoNodesOnOpenSearch(OpenSearchNode node) throws SQLException {
		openSearch = node;
		database = Nodes.freshDatabase("_opensearch");
		first = onOpenSearch();
		second = onOpenSearch();
	}

	@AfterAll
	static void stopNodes() {
		Nodes.stop(first, second);
	}

	private static ConfigurableApplicationContext onOpenSearch() {
		return Nodes.start(database, List.of("--sportello.search.backend=opensearch",
				"--sportello.search.opensearch.url=" + openSearch.url(), "--sportello.knowledge.index-follow-every=PT0.5S"),
				TestClockConfiguration.class);
	}

	@Test
	void anOfficeRenamedOnOneNodeIsFoundByItsNewNameOnTheOther() {
		Api onFirst = new Api(Nodes.port(first));
		Map<String, Object> form = new LinkedHashMap<>(first.getBean(JdbcTemplate.class).queryForMap(
				"select department_code as \"departmentCode\", parent_code as \"parentCode\", name, type, phone, email, pec, "
						+ "address, opening_hours as \"openingHours\", website, competences from office where code = 'AGRI-06'"));
		form.put("name", "Ufficio Zanzariere e Libellule");
		Api.Response renamed = onFirst.call(HttpMethod.PUT, "admin", "/api/v1/offices/AGRI-06", form, Map.of());
		assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);

		DirectorySearch onSecond = second.getBean(DirectorySearch.class);
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(onSecond.search("zanzariere libellule", 5))
				.extracting(DirectorySearch.Result::id).startsWith("AGRI-06"));
		// Its people carry the office's name in their documents too.
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(onSecond.search("zanzariere", 20)).extracting(DirectorySearch.Result::type)
				.contains(DirectorySearch.Kind.PERSON));
	}

	@Test
	void aSheetPublishedOnOneNodeIsFoundOnTheOther() {
		Api onFirst = new Api(Nodes.port(first));
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("title", "Contributo per arnie in legno di castagno");
		draft.put("summary", "Il contributo per comprare arnie in legno di castagno.");
		draft.put("body", "## Cos'è\n\nUn contributo per gli apicoltori.");
		draft.put("officeCode", "AGRI-02");
		draft.put("keywords", List.of("contributo", "apicoltura"));
		draft.put("audience", List.of("BUSINESSES"));
		draft.put("validFrom", "2026-01-01");
		draft.put("links", List.of());
		draft.put("faq", List.of(Map.of("question", "Chi può chiederlo?", "answer", "Gli apicoltori.")));
		Api.Response created = onFirst.post("urp.agri", "/api/v1/knowledge/sheets", draft);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String id = created.text("id");
		onFirst.post("urp.agri", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		onFirst.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/sign-off", null);
		onFirst.post("responsabile.agri-02", "/api/v1/knowledge/sheets/" + id + "/notice", Map.of("comment", "Pronta"));
		Api.Response published = onFirst.post("responsabile", "/api/v1/knowledge/sheets/" + id + "/publication", null,
				Map.of(HttpHeaders.ACCEPT, "application/json"));
		assertThat(published.text("state")).isEqualTo("ACTIVE");

		SearchBox onSecond = second.getBean(SearchBox.class);
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(onSecond.search(new SearchQuery("arnie castagno", Set.of(HitType.SHEET), 5))
				.content()).extracting(SearchHit::id).startsWith(id));
	}

	@Test
	void openSearchAnalysesNamesAndTextTokenForTokenAsTheEmbeddedIndex() throws IOException {
		Set<String> names = new LinkedHashSet<>();
		Set<String> texts = new LinkedHashSet<>();
		for (CSVRecord employee : csv("demo/organization/employees.csv")) {
			names.add(employee.get("first_name"));
			names.add(employee.get("last_name"));
			texts.add(employee.get("position"));
		}
		for (CSVRecord office : csv("demo/organization/offices.csv")) {
			texts.add(office.get("name"));
			texts.add(office.get("competences"));
		}
		Set<String> requests = new LinkedHashSet<>();
		EvaluationSet.read("search-eval/switchboard.tsv").requests().forEach(r -> requests.add(r.text()));
		EvaluationSet.read("search-eval/citizen.tsv").requests().forEach(r -> requests.add(r.text()));
		names.addAll(List.of("D\u2019Onofrio", "Lo Russo", "Nicolò", "Collangelo", "Griechi", "Stigliani", "Dell'Aglio"));

		Map<String, Set<String>> samples = Map.of(Analyzers.NAME, names, Analyzers.NAME_JOINED, names,
				Analyzers.NAME_SOUND, names, Analyzers.TEXT, texts, Analyzers.TEXT_QUERY, requests);
		List<String> different = new ArrayList<>();
		int compared = 0;
		for (Map.Entry<String, Set<String>> sample : samples.entrySet()) {
			Analyzer lucene = LuceneAnalyzersForTests.byName(sample.getKey());
			for (String text : sample.getValue()) {
				List<String> embedded = tokens(lucene, text);
				List<String> remote = analyze(sample.getKey(), text);
				compared++;
				if (!embedded.equals(remote)) {
					different.add(sample.getKey() + " «" + text + "»: " + embedded + " / " + remote);
				}
			}
		}
		assertThat(compared).isGreaterThan(1000);
		assertThat(different).isEmpty();
	}

	@Test
	// Last: it stops the second node to make room for one with the embedded index.
	@Order(Integer.MAX_VALUE)
	void theEvaluationFiguresOnOpenSearchAreWithinTwoHundredthsOfTheEmbeddedIndex() {
		EvaluationSet switchboard = EvaluationSet.read("search-eval/switchboard.tsv");
		EvaluationSet citizen = EvaluationSet.read("search-eval/citizen.tsv");
		Figures[] onOpenSearch = figures(first, switchboard, citizen);
		// A node with the embedded index, on the same database (the second node makes room for it).
		second.close();
		ConfigurableApplicationContext embedded = Nodes.start(database, List.of("--sportello.search.backend=lucene"),
				TestClockConfiguration.class);
		Figures[] onLucene;
		try {
			onLucene = figures(embedded, switchboard, citizen);
		}
		finally {
			embedded.close();
		}
		String table = String.join("\n", "| set | backend | top-1 | top-3 | MRR@10 | recall@5 | empty |",
				onOpenSearch[0].row("switchboard, OpenSearch"), onLucene[0].row("switchboard, Lucene"),
				onOpenSearch[1].row("citizen, OpenSearch"), onLucene[1].row("citizen, Lucene"));
		System.out.println(table);
		for (int i = 0; i < 2; i++) {
			assertThat(onOpenSearch[i].top1()).as(table).isCloseTo(onLucene[i].top1(), org.assertj.core.api.Assertions.within(0.02));
			assertThat(onOpenSearch[i].top3()).as(table).isCloseTo(onLucene[i].top3(), org.assertj.core.api.Assertions.within(0.02));
			assertThat(onOpenSearch[i].mrr10()).as(table).isCloseTo(onLucene[i].mrr10(), org.assertj.core.api.Assertions.within(0.02));
			assertThat(onOpenSearch[i].recall5()).as(table).isCloseTo(onLucene[i].recall5(), org.assertj.core.api.Assertions.within(0.02));
			assertThat(onOpenSearch[i].empty()).as(table).isCloseTo(onLucene[i].empty(), org.assertj.core.api.Assertions.within(0.02));
		}
		// Not two empty searches: the figures are those of a working search.
		assertThat(onLucene[0].top1()).as(table).isGreaterThan(0.8);
	}

	/** The switchboard's and the citizen questions' figures on a node, on the day the sets were written. */
	private static Figures[] figures(ConfigurableApplicationContext node, EvaluationSet switchboard, EvaluationSet citizen) {
		MutableClock clock = node.getBean(MutableClock.class);
		clock.set(LocalDate.of(2026, 12, 6).atTime(10, 0).atZone(ZoneId.of("Europe/Rome")).toInstant());
		DirectorySearch directory = node.getBean(DirectorySearch.class);
		SearchBox box = node.getBean(SearchBox.class);
		return new Figures[] {
				switchboard.measure(q -> directory.search(q, 10).stream().map(DirectorySearch.Result::id).toList()),
				citizen.measure(q -> box.search(new SearchQuery(q, Set.of(HitType.SHEET, HitType.PROCEDURE), 10))
					.content().stream().map(SearchHit::id).toList()) };
	}

	/** The tokens of OpenSearch's analyzer of that name (as the directory's index declares it) for the text. */
	private static List<String> analyze(String analyzer, String text) throws IOException {
		String body = JSON.writeValueAsString(Map.of("analyzer", analyzer, "text", text));
		HttpRequest request = HttpRequest.newBuilder(URI.create(openSearch.url() + "/office-read/_analyze"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			List<String> tokens = new ArrayList<>();
			JSON.readTree(response.body()).path("tokens").forEach(token -> tokens.add(token.path("token").asString()));
			return tokens;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

	private static List<CSVRecord> csv(String path) {
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
