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
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A prefix finds what PrefixQuery finds, with the same constant score. */
class PrefixTermsQueryTests {

	@Test
	void findsAndScoresExactlyLikeAPrefixQuery() throws IOException {
		Random random = new Random(3);
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				for (int i = 0; i < 3000; i++) {
					Document document = new Document();
					String surname = OneEditQueryTests.SURNAMES.get(random.nextInt(OneEditQueryTests.SURNAMES.size()));
					document.add(new TextField("lastName", surname, Field.Store.NO));
					writer.addDocument(document);
					if (i % 700 == 0) {
						writer.commit();
					}
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				List<String> prefixes = new ArrayList<>(List.of("", "r", "ro", "ros", "ross", "rossi", "rossix", "lo", "z",
						"santars", "d", "de", "ab", "abcd"));
				for (String prefix : prefixes) {
					assertThat(render(searcher, new BoostQuery(new PrefixTermsQuery("lastName", prefix), 2f)))
						.as("«%s»", prefix)
						.isEqualTo(render(searcher, new BoostQuery(new PrefixQuery(new Term("lastName", prefix)), 2f)));
				}
			}
		}
	}

	private static List<String> render(IndexSearcher searcher, Query query) throws IOException {
		return Arrays.stream(searcher.search(query, 5000).scoreDocs).map(hit -> hit.doc + ":" + hit.score).toList();
	}

}
