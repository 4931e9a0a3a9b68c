package it.sportello.search.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The yardstick: plain Lucene, {@link ItalianAnalyzer} and BM25 (Lucene's default similarity), one text
 * field per document, the query's words OR-ed. What any team would get out of the box on the same
 * documents.
 */
public final class PlainBm25 implements AutoCloseable {

	private final ItalianAnalyzer analyzer = new ItalianAnalyzer();

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	/** @param documents id → the document's text */
	public PlainBm25(Map<String, String> documents) {
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (Map.Entry<String, String> document : documents.entrySet()) {
				Document doc = new Document();
				doc.add(new StringField("id", document.getKey(), Field.Store.YES));
				doc.add(new TextField("text", document.getValue(), Field.Store.NO));
				writer.addDocument(doc);
			}
			writer.commit();
			this.reader = DirectoryReader.open(directory);
			this.searcher = new IndexSearcher(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<String> search(String text, int size) {
		try {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			try (TokenStream tokens = analyzer.tokenStream("text", text)) {
				CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
				tokens.reset();
				while (tokens.incrementToken()) {
					query.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
				}
				tokens.end();
			}
			List<String> ids = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query.build(), size).scoreDocs) {
				ids.add(searcher.storedFields().document(hit.doc).get("id"));
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
		directory.close();
		analyzer.close();
	}

}
