package it.sportello.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import it.sportello.search.eval.EvaluationSet.Figures;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen-question set ({@code search-eval/citizen.tsv}) names only knowledge items that exist in the demo
 * knowledge base and that operators may use (sheets published and inside their validity on the day the set was
 * written), and the yardstick's figures on it: plain Lucene ItalianAnalyzer BM25 over the same sheets (title,
 * summary, body, keywords, FAQ) and procedures. The product's figures on it: {@code CitizenEvaluationIntegrationTests}.
 */
class CitizenEvaluationSetTests {

	/** The day the set was written: the sheets usable then are the right answers. */
	private static final LocalDate WRITTEN = LocalDate.of(2026, 12, 6);

	@Test
	void everyExpectedItemExistsAndOperatorsMayUseIt() throws IOException {
		EvaluationSet set = EvaluationSet.read("search-eval/citizen.tsv");
		assertThat(set.requests()).hasSizeGreaterThanOrEqualTo(200);
		Map<String, Boolean> usable = new LinkedHashMap<>();
		for (JsonNode sheet : json("demo/knowledge/sheets.json")) {
			String from = sheet.path("valid_from").asString("");
			String until = sheet.path("valid_until").asString("");
			boolean valid = "ACTIVE".equals(sheet.path("status").asString(""))
					&& (from.isEmpty() || !LocalDate.parse(from).isAfter(WRITTEN))
					&& (until.isEmpty() || !LocalDate.parse(until).isBefore(WRITTEN));
			usable.put(sheet.path("id").asString(), valid);
		}
		for (JsonNode procedure : json("demo/knowledge/procedures.json")) {
			usable.put(procedure.path("id").asString(), true);
		}
		for (EvaluationSet.Request request : set.requests()) {
			for (String id : request.expected()) {
				assertThat(usable).as("«%s» names %s", request.text(), id).containsEntry(id, true);
			}
		}
	}

	@Test
	void everyQuestionSharesAWordWithTheKnowledgeBaseAndTheYardstickIsMeasured() throws IOException {
		EvaluationSet set = EvaluationSet.read("search-eval/citizen.tsv");
		Map<String, String> documents = documents();
		Figures plain;
		try (PlainBm25 bm25 = new PlainBm25(documents)) {
			plain = set.measure(q -> bm25.search(q, 10));
		}
		String table = String.join("\n", "| search | requests | top-1 | top-3 | MRR@10 | recall@5 | empty |",
				"|---|---|---|---|---|---|---|", plain.row("Lucene ItalianAnalyzer BM25"));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/search-eval-citizen.md"), table + "\n");
		System.out.println(table);
		// A question that shares no word with any item would measure nothing but the thesaurus.
		assertThat(plain.empty()).as(table).isZero();
	}

	/** The sheets (title, summary, body, keywords, FAQ) and procedures (name, description, keywords) as one text each. */
	static Map<String, String> documents() throws IOException {
		Map<String, String> documents = new LinkedHashMap<>();
		for (JsonNode sheet : json("demo/knowledge/sheets.json")) {
			StringBuilder text = new StringBuilder();
			for (String field : Set.of("title", "summary", "body")) {
				text.append(sheet.path(field).asString("")).append(' ');
			}
			sheet.path("keywords").forEach(k -> text.append(k.asString("")).append(' '));
			sheet.path("faq").forEach(f -> text.append(f.path("question").asString("")).append(' ')
				.append(f.path("answer").asString("")).append(' '));
			documents.put(sheet.path("id").asString(), text.toString());
		}
		for (JsonNode procedure : json("demo/knowledge/procedures.json")) {
			StringBuilder text = new StringBuilder(procedure.path("name").asString("")).append(' ')
				.append(procedure.path("description").asString(""));
			procedure.path("keywords").forEach(k -> text.append(' ').append(k.asString("")));
			documents.put(procedure.path("id").asString(), text.toString());
		}
		return documents;
	}

	private static JsonNode json(String path) throws IOException {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

}
