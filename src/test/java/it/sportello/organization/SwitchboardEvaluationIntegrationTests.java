package it.sportello.organization;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.sportello.search.SearchIndexes;
import it.sportello.search.eval.EvaluationSet;
import it.sportello.search.eval.EvaluationSet.Figures;
import it.sportello.search.eval.PlainBm25;
import it.sportello.support.SportelloIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switchboard's quality on {@code search-eval/switchboard.tsv} (requests as callers say them, written from
 * the demo directory), measured in the same run against plain Lucene ItalianAnalyzer BM25 over the same
 * people and offices. Fails below the figures the search reached when they were written down in
 * docs/search.md, and below the yardstick.
 */
@SportelloIntegrationTest
class SwitchboardEvaluationIntegrationTests {

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

	@Test
	void theSwitchboardSearchBeatsPlainBm25AndKeepsItsFigures() throws IOException {
		EvaluationSet set = EvaluationSet.read("search-eval/switchboard.tsv");
		Figures ours = set.measure(q -> directory.search(q, 10).stream().map(DirectorySearch.Result::id).toList());
		Figures plain;
		try (PlainBm25 bm25 = new PlainBm25(documents())) {
			plain = set.measure(q -> bm25.search(q, 10));
		}
		String table = String.join("\n", "| search | requests | top-1 | top-3 | MRR@10 | recall@5 | empty |",
				"|---|---|---|---|---|---|---|", ours.row("Sportello"), plain.row("Lucene ItalianAnalyzer BM25"));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/search-eval-switchboard.md"),
				table + "\n\nNot first:\n" + String.join("\n", ours.misses()) + "\n");
		System.out.println(table);
		assertThat(ours.top1()).as(table).isGreaterThan(plain.top1());
		assertThat(ours.mrr10()).as(table).isGreaterThan(plain.mrr10());
		assertThat(ours.empty()).as(table).isLessThanOrEqualTo(plain.empty());
		// The figures reached (docs/search.md), less three requests' worth (3/207 = 0.015): the suite's other tests add
		// and rename people in the same directory, which moves a request or two. A change that lowers them further fails.
		assertThat(ours.top1()).as(table).isGreaterThanOrEqualTo(0.900);
		assertThat(ours.top3()).as(table).isGreaterThanOrEqualTo(0.966);
		assertThat(ours.mrr10()).as(table).isGreaterThanOrEqualTo(0.933);
		assertThat(ours.recall5()).as(table).isGreaterThanOrEqualTo(0.966);
		assertThat(ours.empty()).as(table).isEqualTo(0.0);
	}

	/** People and offices as one text each: name, title, position, office name and what it does. */
	static Map<String, String> documents() {
		Map<String, CSVRecord> offices = new LinkedHashMap<>();
		read("demo/organization/offices.csv").forEach(o -> offices.put(o.get("code"), o));
		Map<String, String> documents = new LinkedHashMap<>();
		offices.values().forEach(o -> documents.put(o.get("code"), o.get("name") + " " + o.get("competences")));
		for (CSVRecord e : read("demo/organization/employees.csv")) {
			CSVRecord office = offices.get(e.get("office_code"));
			documents.put(e.get("id"), String.join(" ", e.get("title"), e.get("first_name"), e.get("last_name"),
					e.get("position"), office.get("name"), office.get("competences")));
		}
		return documents;
	}

	private static List<CSVRecord> read(String path) {
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
