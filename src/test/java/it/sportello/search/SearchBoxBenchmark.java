package it.sportello.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import it.sportello.Sportello;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.Knowledge;
import it.sportello.knowledge.UsableSheet;
import it.sportello.knowledge.internal.KnowledgeQueries;
import it.sportello.search.eval.PlainBm25;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In-process latency of the one search box (JMH, sample time) on the database and index that
 * {@code bench/search-box.sh} prepared: 50,000 documents (people, offices, sheets, FAQ and procedures). Not a test:
 * run by the script with {@code org.openjdk.jmh.Main}. System properties: {@code bench.db.url},
 * {@code bench.index.dir}, {@code bench.types} (the kinds of hit asked, comma-separated; all when empty) and
 * {@code bench.queries} (the evaluation sets whose requests are asked: {@code switchboard,citizen}).
 * <p>
 * Three methods on the same requests, in the same run: {@link #searchBox} (through {@link SearchQuery}, what
 * {@code GET /api/v1/search} runs), {@link #rawLuceneBm25} (plain Lucene ItalianAnalyzer + BM25 over the same
 * documents, one text each, built in memory at set-up: the yardstick of the throughput ratio) and
 * {@link #portalList} (the knowledge portal's list filtered by the same text, as a first-level operator).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBoxBenchmark {

	private final AtomicInteger next = new AtomicInteger();

	private List<String> queries;

	private Set<HitType> types;

	private ConfigurableApplicationContext context;

	private SearchBox box;

	private KnowledgeQueries portal;

	private PlainBm25 bm25;

	private final StaffMember operator = new StaffMember("operatore", "Operatore", Role.FIRST_LEVEL, null, null);

	@Setup(Level.Trial)
	public void start() {
		queries = queries(System.getProperty("bench.queries", "switchboard,citizen"));
		types = types(System.getProperty("bench.types", ""));
		context = new SpringApplicationBuilder(Sportello.class).run(
				"--spring.datasource.url=" + System.getProperty("bench.db.url",
						"jdbc:postgresql://127.0.0.1:5432/sportello_bench_box"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--sportello.index-dir=" + System.getProperty("bench.index.dir", "bench/out/index"),
				"--logging.level.root=WARN", "--server.port=0");
		box = context.getBean(SearchBox.class);
		portal = context.getBean(KnowledgeQueries.class);
		Map<String, String> documents = new LinkedHashMap<>();
		if (types.isEmpty() || types.contains(HitType.PERSON) || types.contains(HitType.OFFICE)) {
			documents.putAll(DirectorySearchBenchmark.documents(context.getBean(JdbcTemplate.class)));
		}
		if (types.isEmpty() || types.contains(HitType.SHEET) || types.contains(HitType.FAQ)
				|| types.contains(HitType.PROCEDURE)) {
			documents.putAll(knowledgeDocuments(context.getBean(Knowledge.class), context.getBean(JdbcTemplate.class)));
		}
		bm25 = new PlainBm25(documents);
		// Measuring an empty index would flatter every figure.
		if (box.search(new SearchQuery("bollo auto", types, 10)).content().size() < 10) {
			throw new IllegalStateException("The benchmark index is empty: run bench/search-box.sh");
		}
		System.out.printf("%n# %d documents in the yardstick, %d requests, types %s%n", documents.size(),
				queries.size(), types.isEmpty() ? "all" : types);
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		bm25.close();
		context.close();
	}

	private String nextQuery() {
		return queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
	}

	@Benchmark
	public SearchResults searchBox() {
		return box.search(new SearchQuery(nextQuery(), types, 10));
	}

	@Benchmark
	public List<String> rawLuceneBm25() {
		return bm25.search(nextQuery(), 10);
	}

	@Benchmark
	public Object portalList() {
		return portal.sheets(nextQuery(), null, null, 0, 10, operator);
	}

	/** The requests of the evaluation sets, as callers phrase them. */
	static List<String> queries(String sets) {
		List<String> queries = new ArrayList<>();
		for (String set : sets.split(",")) {
			String name = "/search-eval/" + set.strip() + ".tsv";
			var in = SearchBoxBenchmark.class.getResourceAsStream(name);
			if (in == null) {
				throw new IllegalArgumentException("No evaluation set " + name);
			}
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				reader.lines()
					.filter(line -> !line.isBlank() && !line.startsWith("#"))
					.map(line -> line.split("\t")[0].strip())
					.forEach(queries::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return queries;
	}

	private static Set<HitType> types(String names) {
		Set<HitType> types = EnumSet.noneOf(HitType.class);
		for (String name : names.split(",")) {
			if (!name.isBlank()) {
				types.add(HitType.valueOf(name.strip()));
			}
		}
		return types;
	}

	/** The usable sheets, each of their FAQ and every procedure, one text each: what operators may answer from. */
	static Map<String, String> knowledgeDocuments(Knowledge knowledge, JdbcTemplate jdbc) {
		Map<String, String> documents = new LinkedHashMap<>();
		for (int page = 0;; page++) {
			List<UsableSheet> sheets = knowledge.usableSheets(page, 500);
			if (sheets.isEmpty()) {
				break;
			}
			for (UsableSheet sheet : sheets) {
				StringBuilder text = new StringBuilder(String.join(" ", sheet.title(), sheet.summary(),
						String.join(" ", sheet.keywords()), sheet.body()));
				for (UsableSheet.Faq faq : sheet.faq()) {
					text.append(' ').append(faq.question()).append(' ').append(faq.answer());
					documents.put(faq.id(), faq.question() + " " + faq.answer() + " " + String.join(" ", sheet.keywords()));
				}
				documents.put(sheet.id(), text.toString());
			}
		}
		jdbc.query("select id, name, description, keywords, required_documents, how_to_apply, fees from knowledge_procedure",
				rs -> {
					documents.put(rs.getString(1), String.join(" ", rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7)));
				});
		return documents;
	}

}
