package it.sportello.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;

import it.sportello.knowledge.Audience;
import it.sportello.knowledge.internal.KnowledgeSearchIndex.Searched;
import it.sportello.search.HitType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The published content that holds every word of a text, from {@link KnowledgeSearchIndex}: what the portal's lists,
 * its facets and the list API show of the sheets operators may use today, their FAQ and the procedures, ranked by
 * BM25. Every word must be found (as one of its Italian forms or of the synonyms the query analyzer reads in it); a
 * text that is a record's id ({@code SI-0019}) finds that record too. The lists are narrowed, and the facets count
 * the matches, by the index's doc values (department, keywords, audience), so that neither the texts nor the database
 * are read to count thousands of matches.
 * <p>
 * Like the search box's, these searches run a few at a time ({@code sportello.search.concurrency}, one per processor
 * unless set), the others waiting their turn in arrival order: sixteen at once on two cores cost each one two to three
 * times the CPU of two at once (bench/README.md).
 */
@Component
class KnowledgeMatches {

	private final KnowledgeSearchIndex index;

	private final Semaphore running;

	KnowledgeMatches(KnowledgeSearchIndex index, @Value("${sportello.search.concurrency:0}") int concurrency) {
		this.index = index;
		this.running = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
	}

	/** What the facets count of a document that holds every word. */
	record Match(@Nullable String department, List<String> keywords, Set<Audience> audience) {
	}

	/** The ids of the best documents, best first, and how many match in all. */
	record Ranked(List<String> ids, long total) {

		static final Ranked NONE = new Ranked(List.of(), 0);

	}

	/** What a list is narrowed to besides the words: each null when not chosen. */
	record Narrowed(@Nullable String department, @Nullable String keyword, @Nullable Audience audience,
			@Nullable String sheetId) {

		static final Narrowed NOT = new Narrowed(null, null, null, null);

	}

	/**
	 * The best {@code count} (at least one) documents of the type usable on {@code today} that hold every word of {@code text} and
	 * are in what the list is narrowed to, with how many there are; what a page of a list needs, without reading the
	 * others. {@link Ranked#NONE} when the text has no word to look for.
	 */
	Ranked top(String text, HitType type, LocalDate today, Narrowed narrowed, int count) {
		Query words = everyWord(text);
		if (words == null) {
			return Ranked.NONE;
		}
		BooleanQuery.Builder query = usable(words, type, today);
		if (narrowed.department() != null) {
			query.add(SortedDocValuesField.newSlowExactQuery(KnowledgeSearchIndex.DEPARTMENT,
					new BytesRef(narrowed.department())), Occur.FILTER);
		}
		if (narrowed.keyword() != null) {
			query.add(SortedSetDocValuesField.newSlowExactQuery(KnowledgeSearchIndex.KEYWORD,
					new BytesRef(narrowed.keyword().strip().toLowerCase(Locale.ROOT))), Occur.FILTER);
		}
		if (narrowed.audience() != null) {
			query.add(SortedSetDocValuesField.newSlowExactQuery(KnowledgeSearchIndex.AUDIENCE,
					new BytesRef(narrowed.audience().name())), Occur.FILTER);
		}
		if (narrowed.sheetId() != null) {
			query.add(new TermQuery(new Term(KnowledgeSearchIndex.SHEET, narrowed.sheetId())), Occur.FILTER);
		}
		Query search = query.build();
		return inTurn(searcher -> {
			// Every match counted (the list's total), only the best kept.
			// No more than the index holds: the queue is allocated whole, and a far page asks for millions.
			int kept = Math.min(count, Math.max(1, searcher.getIndexReader().maxDoc()));
			TopDocs best = searcher.search(search, new TopScoreDocCollectorManager(kept, null, Integer.MAX_VALUE));
			StoredFields stored = searcher.storedFields();
			List<String> ids = new ArrayList<>(best.scoreDocs.length);
			for (ScoreDoc doc : best.scoreDocs) {
				ids.add(stored.document(doc.doc, Set.of(KnowledgeSearchIndex.ID)).get(KnowledgeSearchIndex.ID));
			}
			return new Ranked(List.copyOf(ids), best.totalHits.value);
		});
	}

	/**
	 * What the facets count of every document of the type usable on {@code today} that holds every word of
	 * {@code text}, in no order; null when the text has no word to look for (only stop words or signs), which the lists read
	 * as no text at all.
	 */
	@Nullable List<Match> find(String text, HitType type, LocalDate today) {
		Query words = everyWord(text);
		if (words == null) {
			return null;
		}
		Query query = usable(words, type, today).build();
		return inTurn(searcher -> searcher.search(query, new Collecting()));
	}

	/** A search on the index as it is now. */
	private interface Searching<T> {

		T on(IndexSearcher searcher) throws IOException;

	}

	/** Runs a search in its turn ({@link #running}). */
	private <T> T inTurn(Searching<T> search) {
		running.acquireUninterruptibly();
		try {
			IndexSearcher searcher = index.acquire();
			try {
				return search.on(searcher);
			}
			finally {
				index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			running.release();
		}
	}

	/** The words, on documents of the type usable on {@code today}. */
	private static BooleanQuery.Builder usable(Query words, HitType type, LocalDate today) {
		return new BooleanQuery.Builder().add(words, Occur.MUST)
			.add(new TermQuery(new Term(KnowledgeSearchIndex.TYPE, type.name())), Occur.FILTER)
			.add(LongPoint.newRangeQuery(KnowledgeSearchIndex.FROM, Long.MIN_VALUE, today.toEpochDay()), Occur.FILTER)
			.add(LongPoint.newRangeQuery(KnowledgeSearchIndex.UNTIL, today.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
	}

	/** Whether the text has a word to look for: a lists reads a text of stop words and signs as no text at all. */
	boolean searchable(String text) {
		return everyWord(text) != null;
	}

	/** Each word of the text (any of its readings) must be found, or the whole text is a record's id. */
	private @Nullable Query everyWord(String text) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int words = 0;
		for (List<String> position : KnowledgeSearchContributor.positions(index.queryAnalyzer(), text)) {
			List<Query> readings = position.stream()
				.distinct()
				.<Query>map(term -> new TermQuery(new Term(Searched.ALL.field, term)))
				.toList();
			all.add(readings.size() == 1 ? readings.get(0) : new DisjunctionMaxQuery(readings, 0.1f), Occur.MUST);
			words++;
		}
		String id = text.strip().toUpperCase(Locale.ROOT);
		boolean looksLikeId = id.matches("[A-Z]{2,4}-\\d{1,6}");
		if (words == 0 && !looksLikeId) {
			return null;
		}
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		if (words > 0) {
			either.add(all.build(), Occur.SHOULD);
		}
		if (looksLikeId) {
			either.add(new TermQuery(new Term(KnowledgeSearchIndex.ID, id)), Occur.SHOULD);
		}
		return either.build();
	}

	/** One collector per slice of the index; the matches of all slices together. */
	private static final class Collecting implements CollectorManager<MatchCollector, List<Match>> {

		@Override
		public MatchCollector newCollector() {
			return new MatchCollector();
		}

		@Override
		public List<Match> reduce(Collection<MatchCollector> collectors) {
			List<Match> all = new ArrayList<>();
			collectors.forEach(collector -> all.addAll(collector.matches));
			return all;
		}

	}

	/** Every match's doc values. */
	private static final class MatchCollector extends SimpleCollector {

		final List<Match> matches = new ArrayList<>();

		private SortedDocValues departments = DocValues.emptySorted();

		private SortedSetDocValues keywords = DocValues.emptySortedSet();

		private SortedSetDocValues audiences = DocValues.emptySortedSet();

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			departments = DocValues.getSorted(context.reader(), KnowledgeSearchIndex.DEPARTMENT);
			keywords = DocValues.getSortedSet(context.reader(), KnowledgeSearchIndex.KEYWORD);
			audiences = DocValues.getSortedSet(context.reader(), KnowledgeSearchIndex.AUDIENCE);
		}

		@Override
		public void collect(int doc) throws IOException {
			List<String> words = new ArrayList<>();
			if (keywords.advanceExact(doc)) {
				for (int i = 0; i < keywords.docValueCount(); i++) {
					words.add(keywords.lookupOrd(keywords.nextOrd()).utf8ToString());
				}
			}
			Set<Audience> audience = EnumSet.noneOf(Audience.class);
			if (audiences.advanceExact(doc)) {
				for (int i = 0; i < audiences.docValueCount(); i++) {
					audience.add(Audience.valueOf(audiences.lookupOrd(audiences.nextOrd()).utf8ToString()));
				}
			}
			matches.add(new Match(
					departments.advanceExact(doc) ? departments.lookupOrd(departments.ordValue()).utf8ToString() : null,
					words, audience));
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}
