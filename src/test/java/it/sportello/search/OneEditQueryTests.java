package it.sportello.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One typo finds what a one-edit FuzzyQuery finds, ranked the same. */
class OneEditQueryTests {

	static final List<String> SURNAMES = List.of("rossi", "rosi", "rosa", "russo", "lorusso", "lo", "russo",
			"rosito", "rossetti", "santarsiero", "santarsieri", "dangelo", "donofrio", "dilorenzo", "lorenzo", "nole",
			"faraone", "lamorte", "coviello", "deluca", "luca", "lucia", "bello", "bolla", "rrossi", "orssi", "rsosi",
			"sorsi", "nicolo", "niccolo", "carlucci", "carluccio", "telesca", "pace", "ab", "abc", "abcd", "ross",
			"rossini", "rossiello", "stigliani", "sabia");

	private final Directory directory = new ByteBuffersDirectory();

	private IndexSearcher searcher;

	private DirectoryReader reader;

	@BeforeEach
	void index() throws IOException {
		Random random = new Random(7);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			for (int i = 0; i < 3000; i++) {
				Document document = new Document();
				String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
				// Several segments and uneven frequencies, as in a real index.
				document.add(new TextField("lastName", surname + (random.nextInt(4) == 0 ? " " + surname : ""),
						Field.Store.NO));
				writer.addDocument(document);
				if (i % 700 == 0) {
					writer.commit();
				}
			}
		}
		reader = DirectoryReader.open(directory);
		searcher = new IndexSearcher(reader);
	}

	@AfterEach
	void close() throws IOException {
		reader.close();
		directory.close();
	}

	@Test
	void findsAndScoresExactlyLikeAOneEditFuzzyQuery() throws IOException {
		List<String> words = new ArrayList<>(SURNAMES);
		words.addAll(List.of("rosi", "rossu", "rosssi", "rsosi", "orssi", "lorrusso", "santarsero", "dangello", "a",
				"r", "zz", "rossiz", "xrossi"));
		Random random = new Random(11);
		for (String surname : SURNAMES) {
			for (int i = 0; i < 6; i++) {
				words.add(mutate(mutate(surname, random), random));
				words.add(mutate(surname, random));
			}
		}
		for (String word : words) {
			ScoreDoc[] fuzzy = search(new FuzzyQuery(new Term("lastName", word), 1, 1));
			ScoreDoc[] oneEdit = search(new OneEditQuery("lastName", word));
			assertThat(render(oneEdit)).as("«%s»", word).isEqualTo(render(fuzzy));
		}
	}

	@Test
	void countsEditsAsFuzzyQueryDoes() {
		assertThat(edits("rossi", "rossi")).isZero();
		assertThat(edits("rosi", "rossi")).isEqualTo(1);
		assertThat(edits("rossi", "rosi")).isEqualTo(1);
		assertThat(edits("rossa", "rossi")).isEqualTo(1);
		assertThat(edits("rsosi", "rossi")).as("neighbours swapped").isEqualTo(1);
		assertThat(edits("rsois", "rossi")).isEqualTo(2);
		assertThat(edits("ross", "rossini")).isEqualTo(2);
	}

	private static int edits(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		return OneEditQuery.edits(x, x.length, y, y.length);
	}

	private ScoreDoc[] search(Query query) throws IOException {
		return searcher.search(query, 5000).scoreDocs;
	}

	private static List<String> render(ScoreDoc[] hits) {
		return Arrays.stream(hits).map(hit -> hit.doc + ":" + hit.score).toList();
	}

	private static String mutate(String word, Random random) {
		if (word.length() < 2) {
			return word + "a";
		}
		int at = 1 + random.nextInt(word.length() - 1);
		char letter = (char) ('a' + random.nextInt(26));
		return switch (random.nextInt(4)) {
			case 0 -> word.substring(0, at) + letter + word.substring(at);
			case 1 -> word.substring(0, at) + word.substring(at + 1);
			case 2 -> word.substring(0, at) + letter + word.substring(at + 1);
			default -> at + 1 < word.length()
					? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2) : word;
		};
	}

}
