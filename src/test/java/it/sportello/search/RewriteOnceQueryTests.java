package it.sportello.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A sealed query finds what its query finds, with the same scores, wherever it stands in a larger query. */
class RewriteOnceQueryTests {

	@Test
	void findsAndScoresExactlyLikeTheQueryItSeals() throws IOException {
		Random random = new Random(5);
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				for (int i = 0; i < 3000; i++) {
					Document document = new Document();
					document.add(new TextField("lastName", pick(random), Field.Store.NO));
					document.add(new TextField("firstName", pick(random) + " " + pick(random), Field.Store.NO));
					writer.addDocument(document);
					if (i % 700 == 0) {
						writer.commit();
					}
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				for (List<String> words : List.of(List.of("rossi"), List.of("rosi", "santarsiero"), List.of("lorusso", "pino"),
						List.of("r", "de", "zzz"), List.of("nessuno"))) {
					for (int minimum : new int[] { 1, words.size() }) {
						Map<Integer, Float> sealed = scores(searcher, request(words, minimum, true));
						Map<Integer, Float> plain = scores(searcher, request(words, minimum, false));
						assertThat(sealed).as("%s, at least %d", words, minimum).isNotEmpty()
							.containsOnlyKeys(plain.keySet());
						// Equal but for the last bit a sum of the same boosts taken in another order may differ by.
						plain.forEach((doc, score) -> assertThat(sealed.get(doc)).as("%s, document %d", words, doc)
							.isCloseTo(score, within(score * 1e-6f)));
					}
				}
			}
		}
	}

	@Test
	void onceRewrittenItIsNotRewrittenAgain() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				Document document = new Document();
				document.add(new TextField("lastName", "rossi", Field.Store.NO));
				writer.addDocument(document);
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query once = searcher.rewrite(new RewriteOnceQuery(new BooleanQuery.Builder()
					.add(new BoostQuery(new OneEditQuery("lastName", "rosi"), 2.5f), Occur.SHOULD)
					.add(new BoostQuery(new PrefixTermsQuery("lastName", "ros"), 2f), Occur.SHOULD)
					.build()));
				assertThat(once).isInstanceOf(RewriteOnceQuery.class);
				assertThat(once.rewrite(searcher)).as("the levels above find nothing left to rewrite").isSameAs(once);
				assertThat(searcher.count(once)).isEqualTo(1);
			}
		}
	}

	/** A request as the directory builds it: each word's name clauses (exact, one edit, prefix) under its levels. */
	private static Query request(List<String> words, int minimum, boolean sealed) {
		BooleanQuery.Builder found = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
		for (String word : words) {
			BooleanQuery names = new BooleanQuery.Builder()
				.add(new BoostQuery(new TermQuery(new Term("lastName", word)), 5f), Occur.SHOULD)
				.add(new BoostQuery(new TermQuery(new Term("firstName", word)), 3f), Occur.SHOULD)
				// The same clause twice: merged by the boolean query's rewriting, summed when sealed.
				.add(new BoostQuery(new TermQuery(new Term("firstName", word)), 1f), Occur.SHOULD)
				.add(new BoostQuery(new OneEditQuery("lastName", word), 2.5f), Occur.SHOULD)
				.add(new BoostQuery(new PrefixTermsQuery("lastName", word), 2f), Occur.SHOULD)
				.add(new BoostQuery(new PrefixTermsQuery("firstName", word), 1.5f), Occur.SHOULD)
				.build();
			Query name = sealed ? new RewriteOnceQuery(names) : names;
			found.add(new BooleanQuery.Builder().add(name, Occur.SHOULD).add(new TermQuery(new Term("firstName", "lucia")),
					Occur.SHOULD).build(), Occur.SHOULD);
		}
		// A clause beside the sealed one at each level, as the office text is beside the names.
		return new BooleanQuery.Builder().add(found.build(), Occur.MUST).build();
	}

	private static String pick(Random random) {
		return OneEditQueryTests.SURNAMES.get(random.nextInt(OneEditQueryTests.SURNAMES.size()));
	}

	private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
		Map<Integer, Float> scores = new HashMap<>();
		for (ScoreDoc hit : searcher.search(query, 5000).scoreDocs) {
			scores.put(hit.doc, hit.score);
		}
		return scores;
	}

}
