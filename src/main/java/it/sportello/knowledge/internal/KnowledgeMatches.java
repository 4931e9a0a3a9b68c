package it.sportello.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import it.sportello.knowledge.Audience;
import it.sportello.knowledge.internal.KnowledgeSearchIndex.Searched;
import it.sportello.search.HitType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The published content that holds every word of a text, from {@link KnowledgeSearchIndex}: what the portal's lists,
 * its facets and the list API show of the sheets operators may use today, their FAQ and the procedures, ranked by
 * BM25. Every word must be found (as one of its Italian forms or of the synonyms the query analyzer reads in it); a
 * text that is a record's id ({@code SI-0019}) finds that record too. Each match carries what the lists filter and
 * count by (department, keywords, audience), read from the index's doc values, so that neither the texts nor the
 * database are read to count thousands of matches.
 */
@Component
class KnowledgeMatches {

	private final KnowledgeSearchIndex index;

	KnowledgeMatches(KnowledgeSearchIndex index) {
		this.index = index;
	}

	/** A document that holds every word: its id, its sheet's (a procedure's own), its BM25 score and its facets. */
	record Match(String id, String sheetId, float score, @Nullable String department, List<String> keywords,
			Set<Audience> audience) {

		/** Best first; equal scores by id, so that pages do not overlap. */
		static final Comparator<Match> RANKED = Comparator.comparingDouble((Match match) -> -match.score())
			.thenComparing(Match::id);

		boolean in(@Nullable String wantedDepartment, @Nullable String wantedKeyword, @Nullable Audience wantedAudience) {
			return (wantedDepartment == null || wantedDepartment.equals(department))
					&& (wantedKeyword == null || keywords.contains(wantedKeyword.strip().toLowerCase(Locale.ROOT)))
					&& (wantedAudience == null || audience.contains(wantedAudience));
		}

	}

	/**
	 * Every document of the type usable on {@code today} that holds every word of {@code text}, best first; null when
	 * the text has no word to look for (only stop words or signs), which the lists read as no text at all.
	 */
	@Nullable List<Match> find(String text, HitType type, LocalDate today) {
		Query words = everyWord(text);
		if (words == null) {
			return null;
		}
		Query query = new BooleanQuery.Builder().add(words, Occur.MUST)
			.add(new TermQuery(new Term(KnowledgeSearchIndex.TYPE, type.name())), Occur.FILTER)
			.add(LongPoint.newRangeQuery(KnowledgeSearchIndex.FROM, Long.MIN_VALUE, today.toEpochDay()), Occur.FILTER)
			.add(LongPoint.newRangeQuery(KnowledgeSearchIndex.UNTIL, today.toEpochDay(), Long.MAX_VALUE), Occur.FILTER)
			.build();
		try {
			IndexSearcher searcher = index.acquire();
			try {
				List<Match> found = new ArrayList<>(searcher.search(query, new Collecting()));
				found.sort(Match.RANKED);
				return found;
			}
			finally {
				index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	/** Every match with its score and doc values. */
	private static final class MatchCollector extends SimpleCollector {

		final List<Match> matches = new ArrayList<>();

		private @Nullable Scorable scorer;

		private SortedDocValues ids = DocValues.emptySorted();

		private SortedDocValues sheets = DocValues.emptySorted();

		private SortedDocValues departments = DocValues.emptySorted();

		private SortedSetDocValues keywords = DocValues.emptySortedSet();

		private SortedSetDocValues audiences = DocValues.emptySortedSet();

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			ids = DocValues.getSorted(context.reader(), KnowledgeSearchIndex.ID);
			sheets = DocValues.getSorted(context.reader(), KnowledgeSearchIndex.SHEET);
			departments = DocValues.getSorted(context.reader(), KnowledgeSearchIndex.DEPARTMENT);
			keywords = DocValues.getSortedSet(context.reader(), KnowledgeSearchIndex.KEYWORD);
			audiences = DocValues.getSortedSet(context.reader(), KnowledgeSearchIndex.AUDIENCE);
		}

		@Override
		public void setScorer(Scorable scorer) {
			this.scorer = scorer;
		}

		@Override
		public void collect(int doc) throws IOException {
			float score = scorer == null ? 0 : scorer.score();
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
			matches.add(new Match(value(ids, doc), value(sheets, doc), score,
					departments.advanceExact(doc) ? departments.lookupOrd(departments.ordValue()).utf8ToString() : null,
					List.copyOf(words), Set.copyOf(audience)));
		}

		private static String value(SortedDocValues values, int doc) throws IOException {
			if (!values.advanceExact(doc)) {
				throw new IllegalStateException("A knowledge index document without its id");
			}
			return values.lookupOrd(values.ordValue()).utf8ToString();
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE;
		}

	}

}
