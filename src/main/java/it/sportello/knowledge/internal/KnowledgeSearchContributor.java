package it.sportello.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import it.sportello.knowledge.internal.KnowledgeSearchIndex.Searched;
import it.sportello.search.HitType;
import it.sportello.search.QueryTerms;
import it.sportello.search.SearchContribution;
import it.sportello.search.SearchContributor;
import it.sportello.search.SearchHit;
import it.sportello.search.SearchQuery;
import it.sportello.search.Thesaurus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sheets, their FAQ and procedures in the one search box (S-KB5), from {@link KnowledgeSearchIndex}: only what
 * operators may answer from today (published, inside its validity by the Europe/Rome date), whoever searches, so
 * that a sheet found in the box can always be quoted in an answer. Each word of the request (Italian analysis
 * with the query-time synonyms) is looked for in the whole text of each document (title, keywords, summary, FAQ and
 * body), ranked by BM25; the thesaurus's readings of the request are looked for as phrases, below the words typed. The snippet
 * marks the words found; the detail says the sheet's validity.
 */
@Component
class KnowledgeSearchContributor implements SearchContributor {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** How much a thesaurus reading counts against a word typed. */
	private static final float ALTERNATIVE = 0.5f;

	/** The most distinct words of a text looked for (a ticket's description may be long). */
	static final int MAX_TERMS = 60;

	private final KnowledgeSearchIndex index;

	private final KnowledgeAccess access;

	private final Thesaurus thesaurus;

	KnowledgeSearchContributor(KnowledgeSearchIndex index, KnowledgeAccess access, Thesaurus thesaurus) {
		this.index = index;
		this.access = access;
		this.thesaurus = thesaurus;
	}

	@Override
	public Set<HitType> types() {
		return Set.of(HitType.SHEET, HitType.FAQ, HitType.PROCEDURE);
	}

	@Override
	public SearchContribution search(SearchQuery query, int limit) {
		Set<HitType> wanted = EnumSet.noneOf(HitType.class);
		types().stream().filter(query::wants).forEach(wanted::add);
		// The box shows at most query.size() hits of a module (a lower one rises only by a learnt boost), so only those
		// are highlighted; the others count in the facets and carry the summary as their snippet.
		return new SearchContribution(
				find(query.text(), wanted, limit, query.size()).stream().map(Found::hit).toList(), false, List.of());
	}

	/**
	 * What operators may answer from today that matches {@code text} (a request or a whole ticket description: only
	 * its first {@link #MAX_TERMS} distinct words count), best first, each with the sheet it belongs to.
	 */
	List<Found> find(String text, Set<HitType> wanted, int limit) {
		return find(text, wanted, limit, limit);
	}

	/** As {@link #find(String, Set, int)}, with highlighted snippets and reasons for the first {@code highlighted}. */
	List<Found> find(String text, Set<HitType> wanted, int limit, int highlighted) {
		Query words = words(text);
		if (words == null || wanted.isEmpty()) {
			return List.of();
		}
		LocalDate today = access.today();
		List<BytesRef> types = wanted.stream().map(t -> new BytesRef(t.name())).toList();
		Query filtered = new BooleanQuery.Builder().add(words, Occur.MUST)
			.add(new TermInSetQuery(KnowledgeSearchIndex.TYPE, types), Occur.FILTER)
			.add(LongPoint.newRangeQuery(KnowledgeSearchIndex.FROM, Long.MIN_VALUE, today.toEpochDay()), Occur.FILTER)
			.add(LongPoint.newRangeQuery(KnowledgeSearchIndex.UNTIL, today.toEpochDay(), Long.MAX_VALUE), Occur.FILTER)
			.build();
		try {
			IndexSearcher searcher = index.acquire();
			try {
				StoredFields stored = searcher.storedFields();
				// No exact count of the matches: lets Lucene skip the documents that cannot reach the top (WAND).
				ScoreDoc[] top = searcher.search(filtered, new TopScoreDocCollectorManager(limit, null, limit)).scoreDocs;
				Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
						new SimpleHTMLEncoder(), new QueryTermScorer(words));
				highlighter.setTextFragmenter(new SimpleFragmenter(160));
				List<Found> hits = new ArrayList<>();
				for (ScoreDoc found : top) {
					org.apache.lucene.document.Document doc = stored.document(found.doc);
					hits.add(new Found(hit(doc, found.score, hits.size() < highlighted ? highlighter : null),
							doc.get(KnowledgeSearchIndex.SHEET)));
				}
				return hits;
			}
			finally {
				index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A hit with the id of its sheet (the sheet itself, a FAQ's sheet, the procedure's own id). */
	record Found(SearchHit hit, String sheetId) {
	}

	/** The request's words in every text field, and the thesaurus's readings as phrases; null when none is left. */
	private Query words(String text) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		int clauses = 0;
		// A word and the synonyms the analyzer reads in it (same position) count once, as the best of them: a word
		// with many synonyms must not outweigh the others.
		Set<String> seen = new LinkedHashSet<>();
		for (List<String> position : positions(index.queryAnalyzer(), text)) {
			if (seen.size() >= MAX_TERMS || !seen.addAll(position)) {
				continue;
			}
			List<Query> readings = new ArrayList<>();
			for (String term : position) {
				readings.add(new TermQuery(new Term(Searched.ALL.field, term)));
			}
			any.add(readings.size() == 1 ? readings.get(0) : new DisjunctionMaxQuery(readings, 0.1f), Occur.SHOULD);
			clauses++;
		}
		List<String> folded = List.of(QueryTerms.fold(text).split("[^\\p{L}\\p{N}]+")).stream()
			.filter(w -> !w.isEmpty()).limit(MAX_TERMS * 2L).toList();
		for (Thesaurus.Expansion expansion : thesaurus.expand(folded)) {
			List<Query> readings = new ArrayList<>();
			for (String alternative : expansion.alternatives()) {
				List<String> terms = tokens(index.indexAnalyzer(), alternative);
				if (terms.isEmpty()) {
					continue;
				}
				Query phrase = terms.size() == 1 ? new TermQuery(new Term(Searched.ALL.field, terms.get(0)))
						: new PhraseQuery(1, Searched.ALL.field, terms.toArray(String[]::new));
				readings.add(new BoostQuery(phrase, ALTERNATIVE));
			}
			if (!readings.isEmpty()) {
				// The thesaurus's readings of the same words count once, as the best of them.
				any.add(new DisjunctionMaxQuery(readings, 0.1f), Occur.SHOULD);
				clauses++;
			}
		}
		return clauses == 0 ? null : any.build();
	}

	/** The terms at each position of the analysed text: a word with the synonyms read in it. */
	static List<List<String>> positions(Analyzer analyzer, String text) {
		List<List<String>> positions = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream(Searched.BODY.field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
					positions.add(new ArrayList<>());
				}
				positions.get(positions.size() - 1).add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return positions;
	}

	private static List<String> tokens(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream(Searched.BODY.field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * A hit. With a highlighter (a hit on the page shown), the snippet is the best fragment of the first of summary,
	 * body, FAQ answers, FAQ questions and keywords that holds the words, and the reasons name that field and the title
	 * if it holds them too; the long texts are analysed only when the summary does not hold the words.
	 * Without (a hit below the page), or when no fragment is found, the snippet is the summary's beginning (a FAQ's
	 * answer) and no reason is named.
	 */
	private SearchHit hit(org.apache.lucene.document.Document doc, float score, @Nullable Highlighter highlighter)
			throws IOException {
		HitType type = HitType.valueOf(doc.get(KnowledgeSearchIndex.TYPE));
		String title = doc.get(Searched.TITLE.field);
		List<String> reasons = new ArrayList<>();
		String snippet = null;
		if (highlighter != null) {
			for (Searched field : List.of(Searched.SUMMARY, Searched.BODY, Searched.ANSWERS, Searched.QUESTIONS,
					Searched.KEYWORDS)) {
				String value = doc.get(field.field);
				String fragment = value == null || value.isEmpty() ? null : fragment(highlighter, field, value);
				if (fragment != null) {
					snippet = fragment;
					reasons.add(field.field);
					break;
				}
			}
			if (title != null && !title.isEmpty() && fragment(highlighter, Searched.TITLE, title) != null) {
				reasons.add(Searched.TITLE.field);
			}
		}
		if (snippet == null) {
			String summary = doc.get(Searched.SUMMARY.field);
			String fallback = summary != null && !summary.isEmpty() ? summary : doc.get(Searched.BODY.field);
			snippet = HtmlUtils.htmlEscape(fallback == null ? "" : fallback.length() > 160 ? fallback.substring(0, 160) + "…" : fallback);
		}
		return new SearchHit(type, doc.get(KnowledgeSearchIndex.ID), title, snippet, score, reasons,
				doc.get(KnowledgeSearchIndex.DEPARTMENT), detail(type, doc));
	}

	private String fragment(Highlighter highlighter, Searched field, String value) throws IOException {
		try {
			return highlighter.getBestFragment(index.indexAnalyzer(), field.field, value);
		}
		catch (InvalidTokenOffsetsException ex) {
			throw new IllegalStateException("The knowledge index's analyzer gave offsets outside its text", ex);
		}
	}

	/** The sheet's validity ("SI-0001 · valida dal 01/01/2026 al 31/12/2026"), the FAQ's sheet, the procedure. */
	private static String detail(HitType type, org.apache.lucene.document.Document doc) {
		if (type == HitType.PROCEDURE) {
			return "Procedimento " + doc.get(KnowledgeSearchIndex.ID);
		}
		String from = doc.get(KnowledgeSearchIndex.FROM);
		String until = doc.get(KnowledgeSearchIndex.UNTIL);
		String validity = "valida dal " + (from == null ? "-" : LocalDate.parse(from).format(DAY))
				+ (until == null ? ", senza scadenza" : " al " + LocalDate.parse(until).format(DAY));
		String sheet = doc.get(KnowledgeSearchIndex.SHEET);
		return type == HitType.FAQ ? "FAQ della scheda " + sheet + " «" + doc.get("sheetTitle") + "» · " + validity
				: sheet + " · " + validity;
	}

}
