package it.sportello.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import it.sportello.search.HitType;
import it.sportello.search.SearchBox;
import it.sportello.search.SearchHit;
import it.sportello.search.SearchQuery;
import it.sportello.search.eval.EvaluationSet.Figures;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one search box's quality on {@code search-eval/citizen.tsv} (citizen questions as callers phrase them,
 * written from the demo knowledge base), measured in the same run against plain Lucene ItalianAnalyzer BM25 over
 * the same sheets and procedures. The box is asked for sheets and procedures, as the set names them (a sheet's FAQ
 * text is part of the sheet's document). Fails below the figures reached when they were written down in
 * docs/search.md; it does not yet beat the yardstick everywhere (see docs/search.md).
 */
@SportelloIntegrationTest
class CitizenEvaluationIntegrationTests {

	/** The day the set was written: the sheets usable then are the right answers. */
	private static final LocalDate WRITTEN = LocalDate.of(2026, 12, 6);

	@Autowired
	SearchBox box;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theSearchBoxAnswersCitizenQuestionsBetterThanPlainBm25AndKeepsItsFigures() throws IOException {
		clock.set(WRITTEN.atTime(10, 0).atZone(ZoneId.of("Europe/Rome")).toInstant());
		EvaluationSet set = EvaluationSet.read("search-eval/citizen.tsv");
		Figures ours = set.measure(q -> box.search(new SearchQuery(q, Set.of(HitType.SHEET, HitType.PROCEDURE), 10))
			.content().stream().map(SearchHit::id).toList());
		Figures plain;
		try (PlainBm25 bm25 = new PlainBm25(CitizenEvaluationSetTests.documents())) {
			plain = set.measure(q -> bm25.search(q, 10));
		}
		String table = String.join("\n", "| search | requests | top-1 | top-3 | MRR@10 | recall@5 | empty |",
				"|---|---|---|---|---|---|---|", ours.row("Sportello"), plain.row("Lucene ItalianAnalyzer BM25"));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/search-eval-citizen-box.md"),
				table + "\n\nNot first:\n" + String.join("\n", ours.misses()) + "\n");
		System.out.println(table);
		assertThat(ours.empty()).as(table).isLessThanOrEqualTo(plain.empty());
		// The figures reached (docs/search.md), less two questions' worth (0.010): the suite's other tests publish, revise
		// and expire sheets in the same base. A change that lowers them further fails here.
		assertThat(ours.top1()).as(table).isGreaterThanOrEqualTo(0.855);
		assertThat(ours.top3()).as(table).isGreaterThanOrEqualTo(0.935);
		assertThat(ours.mrr10()).as(table).isGreaterThanOrEqualTo(0.898);
		assertThat(ours.recall5()).as(table).isGreaterThanOrEqualTo(0.950);
	}

}
