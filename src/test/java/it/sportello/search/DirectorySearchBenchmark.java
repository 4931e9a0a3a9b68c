package it.sportello.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import it.sportello.Sportello;
import it.sportello.organization.DirectorySearch;
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
 * In-process directory search latency (JMH, sample time: percentiles per call) on the database and index
 * that {@code bench/directory-search.sh} prepared (20,000 people). Not a test: run by the script with
 * {@code org.openjdk.jmh.Main}. System properties: {@code bench.db.url}, {@code bench.index.dir}. Measures the
 * switchboard's search, the one search box over it, and raw Lucene ItalianAnalyzer BM25 on the same documents and
 * requests, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DirectorySearchBenchmark {

	/** The same rotation as bench/lua/directory-search.lua. */
	static final List<String> QUERIES = List.of("rossi", "Rosi", "lo russo", "dangelo", "donofrio", "D\u2019Onofrio",
			"nicolo", "mar russ", "maria russo", "giuseppe rossi", "3505", "0971 663505", "tesserini di caccia",
			"bollo auto", "farmacie", "dirigente ufficio caccia", "protezione civile", "ufficio tributi", "urp salute",
			"de luca", "dilorenzo", "faraon", "pietro luca", "antonio lorusso", "licenza di pesca", "sala operativa",
			"nole", "lam", "coviello", "vorrei parlare con il dottor santarsiero");

	private final AtomicInteger next = new AtomicInteger();

	private ConfigurableApplicationContext context;

	private DirectorySearch directory;

	private SearchBox box;

	/** The yardstick: raw Lucene ItalianAnalyzer BM25 over the same people and offices, in memory. */
	private PlainBm25 bm25;

	@Setup(Level.Trial)
	public void start() {
		// Command-line arguments, not default properties: application.yml's own datasource would win over those,
		// and the start-up check would then "repair" the benchmark index against an empty database.
		context = new SpringApplicationBuilder(Sportello.class).run(
				"--spring.datasource.url=" + System.getProperty("bench.db.url",
						"jdbc:postgresql://127.0.0.1:5432/sportello_bench_search"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--sportello.index-dir=" + System.getProperty("bench.index.dir", "bench/out/index"),
				"--logging.level.root=WARN", "--server.port=0");
		directory = context.getBean(DirectorySearch.class);
		box = context.getBean(SearchBox.class);
		bm25 = new PlainBm25(documents(context.getBean(JdbcTemplate.class)));
		// Measuring an empty index would flatter every figure.
		if (directory.search("rossi", 10).size() < 10) {
			throw new IllegalStateException("The benchmark index is empty: run bench/directory-search.sh");
		}
	}

	@TearDown(Level.Trial)
	public void stop() throws java.io.IOException {
		bm25.close();
		context.close();
	}

	@Benchmark
	public List<DirectorySearch.Result> search() {
		return directory.search(QUERIES.get(Math.floorMod(next.getAndIncrement(), QUERIES.size())), 10);
	}

	/** The one search box over the same documents: merging, facets and learnt boosts on top of {@link #search}. */
	@Benchmark
	public SearchResults searchBox() {
		return box.search(new SearchQuery(QUERIES.get(Math.floorMod(next.getAndIncrement(), QUERIES.size())),
				Set.of(), 10));
	}

	/** Raw Lucene BM25 on the same documents and requests: the ratio of throughputs is reported in bench/README.md. */
	@Benchmark
	public List<String> rawLuceneBm25() {
		return bm25.search(QUERIES.get(Math.floorMod(next.getAndIncrement(), QUERIES.size())), 10);
	}

	/** Every person and office of the benchmark database as one text: what the yardstick indexes. */
	static Map<String, String> documents(JdbcTemplate jdbc) {
		Map<String, String> documents = new LinkedHashMap<>();
		jdbc.query("select code, name, coalesce(competences, '') from office",
				rs -> { documents.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3)); });
		jdbc.query("""
				select e.id, coalesce(e.title, ''), e.first_name, e.last_name, e.position, o.name, coalesce(o.competences, '')
				from employee e join office o on o.code = e.office_code""", rs -> {
			documents.put(rs.getString(1), String.join(" ", rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)));
		});
		return documents;
	}

}
