package it.sportello.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import it.sportello.knowledge.SheetArchived;
import it.sportello.knowledge.SheetChanged;
import it.sportello.knowledge.SheetExpired;
import it.sportello.knowledge.SheetPublished;
import it.sportello.knowledge.UsableSheet;
import it.sportello.search.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The search index of what operators may answer from: the version in use of every usable sheet, each of its FAQ
 * as a document of its own, and the procedures. An embedded in-memory Lucene index, analysed with the search
 * module's Italian analyzers ({@link Analyzers#TEXT}, {@link Analyzers#TEXT_QUERY}), filled with every published
 * sheet when the application is ready and kept current by the sheets' events: a sheet is re-read (and dropped when no
 * longer published) on {@link SheetPublished} (a first publication, a revision, a renewal), {@link SheetChanged},
 * {@link SheetExpired} and {@link SheetArchived}. Each document keeps its validity, which every search filters by
 * today's date, so a sheet past its last day never shows, even before the expiry job marks it, and a sheet whose
 * first day is to come shows from that day. Drafts never enter the index.
 * <p>
 * Each node keeps its own index and rebuilds it at start (the demo's 77 sheets take well under a second). With
 * several nodes, each one also follows the changes made on the others through the database ({@link #followDatabase}).
 */
@Component
class KnowledgeSearchIndex {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeSearchIndex.class);

	/** The page size used to read the knowledge base when the index is built. */
	private static final int PAGE = 100;

	static final String TYPE = "type";

	static final String ID = "id";

	static final String SHEET = "sheet";

	static final String DEPARTMENT = "department";

	static final String FROM = "validFrom";

	static final String UNTIL = "validUntil";

	/** A sheet's keywords in lower case, one doc value each: the portal's keyword filter and facet. */
	static final String KEYWORD = "keyword";

	/** A sheet's audiences ({@link it.sportello.knowledge.Audience} names), one doc value each. */
	static final String AUDIENCE = "audience";

	/**
	 * The text fields: {@link #ALL} holds every text of a document and is the one searched (BM25 over the whole text);
	 * the parts are stored for the snippets and the reasons. Bonuses for a word found in the title, the keywords or the
	 * summary were tried and dropped: on the citizen-question evaluation set they put general sheets above the
	 * specific one asked for (top-1 0.845 with them, 0.865 without), and cost a query clause per word and field.
	 */
	enum Searched {

		ALL("all"), TITLE("title"), KEYWORDS("keywords"), SUMMARY("summary"), QUESTIONS("questions"), BODY("body"),
		ANSWERS("answers");

		final String field;

		Searched(String field) {
			this.field = field;
		}

	}

	private final KnowledgeFacade knowledge;

	private final JdbcTemplate jdbc;

	/** The version of every sheet and procedure (by kind and id) as the index last read them; null until built. */
	private volatile @Nullable Map<String, Long> indexedVersions;

	private final ProcedureRepository procedures;

	private final Analyzer indexAnalyzer;

	private final Analyzer queryAnalyzer;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final AtomicBoolean proceduresStale = new AtomicBoolean();

	KnowledgeSearchIndex(KnowledgeFacade knowledge, ProcedureRepository procedures, JdbcTemplate jdbc)
			throws IOException {
		this.knowledge = knowledge;
		this.jdbc = jdbc;
		this.procedures = procedures;
		this.indexAnalyzer = Analyzers.text();
		this.queryAnalyzer = Analyzers.textQuery();
		this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(indexAnalyzer));
		this.writer.commit();
		this.searchers = new SearcherManager(writer, new SearcherFactory());
	}

	Analyzer indexAnalyzer() {
		return indexAnalyzer;
	}

	Analyzer queryAnalyzer() {
		return queryAnalyzer;
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildWhenReady() {
		rebuild();
	}

	/** Every published sheet and every procedure, read again. */
	void rebuild() {
		// Read before the content: a change committed meanwhile is seen as a change by the next followDatabase.
		Map<String, Long> versions = versions();
		List<Document> documents = new ArrayList<>();
		int count = 0;
		for (int page = 0;; page++) {
			List<UsableSheet> sheets = knowledge.activeSheets(page, PAGE);
			if (sheets.isEmpty()) {
				break;
			}
			for (UsableSheet sheet : sheets) {
				documents.addAll(documents(sheet));
				count++;
			}
		}
		documents.addAll(procedureDocuments());
		synchronized (this) {
			try {
				writer.deleteAll();
				writer.addDocuments(documents);
				// One segment: every word of a search is looked up once, not once per segment the writer flushed.
				writer.forceMerge(1);
				refresh();
				indexedVersions = versions;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		log.info("Knowledge search index built: {} sheets", count);
	}

	/**
	 * What another node changed: the sheets and procedures whose row version differs from the one this index last
	 * read are read again (a node's own changes also reach its index through the sheets' events, at once). Each node
	 * keeps its index in memory, so with several nodes each one follows the database this way, every few seconds
	 * ({@code KnowledgeIndexFollower}); a few hundred rows of two numbers each.
	 * @return how many sheets and procedures were read again
	 */
	int followDatabase() {
		Map<String, Long> before = indexedVersions;
		if (before == null) {
			return 0;
		}
		Map<String, Long> now = versions();
		Set<String> changed = new HashSet<>();
		now.forEach((key, version) -> {
			if (!version.equals(before.get(key))) {
				changed.add(key);
			}
		});
		before.keySet().stream().filter(key -> !now.containsKey(key)).forEach(changed::add);
		if (changed.isEmpty()) {
			return 0;
		}
		for (String key : changed) {
			if (key.startsWith(SHEET_KEY)) {
				reindex(key.substring(SHEET_KEY.length()));
			}
			else {
				proceduresStale.set(true);
			}
		}
		reindexProcedures();
		synchronized (this) {
			// Only the keys read again move forward: a change made meanwhile is still different next time.
			Map<String, Long> next = new HashMap<>(indexedVersions == null ? before : indexedVersions);
			for (String key : changed) {
				if (now.containsKey(key)) {
					next.put(key, now.get(key));
				}
				else {
					next.remove(key);
				}
			}
			indexedVersions = Map.copyOf(next);
		}
		return changed.size();
	}

	private static final String SHEET_KEY = "sheet:";

	/** The row version of every sheet and procedure, by kind and id. */
	private Map<String, Long> versions() {
		Map<String, Long> versions = new HashMap<>();
		jdbc.query("select id, version from knowledge_sheet",
				(java.sql.ResultSet row) -> {
					versions.put(SHEET_KEY + row.getString(1), row.getLong(2));
				});
		jdbc.query("select id, version from knowledge_procedure",
				(java.sql.ResultSet row) -> {
					versions.put("procedure:" + row.getString(1), row.getLong(2));
				});
		return Map.copyOf(versions);
	}

	/**
	 * The sheet's documents replaced by those of its version in use, or removed when it is not published. A published
	 * sheet is indexed whatever today's date: searches filter by its validity.
	 */
	void reindex(String sheetId) {
		Optional<UsableSheet> usable = knowledge.activeSheetContent(sheetId);
		synchronized (this) {
			try {
				writer.deleteDocuments(new Term(SHEET, sheetId));
				if (usable.isPresent()) {
					writer.addDocuments(documents(usable.get()));
				}
				refresh();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** The procedures read again (an import may bring them), once for a burst of imported sheets. */
	void reindexProcedures() {
		if (!proceduresStale.compareAndSet(true, false)) {
			return;
		}
		List<Document> documents = procedureDocuments();
		synchronized (this) {
			try {
				writer.deleteDocuments(new Term(TYPE, "PROCEDURE"));
				writer.addDocuments(documents);
				refresh();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private List<Document> procedureDocuments() {
		return procedures.findAll().stream().map(p -> document(p.content())).toList();
	}

	/** A procedure changed in the editor is found with its new text as soon as the change commits. */
	@TransactionalEventListener
	void on(ProcedureEdited edited) {
		Optional<Procedure> procedure = procedures.findById(edited.procedureId());
		synchronized (this) {
			try {
				writer.deleteDocuments(new Term(ID, edited.procedureId()));
				if (procedure.isPresent()) {
					writer.addDocument(document(procedure.get().content()));
				}
				refresh();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	// No transaction: each read takes its own, so no connection is held while another event is being indexed.
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SheetPublished published) {
		reindex(published.sheetId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SheetExpired expired) {
		reindex(expired.sheetId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SheetArchived archived) {
		reindex(archived.sheetId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SheetChanged changed) {
		reindex(changed.sheetId());
		if ("IMPORT".equals(changed.action())) {
			proceduresStale.set(true);
			reindexProcedures();
		}
	}

	/** A searcher on the index as of the last change; give it back with {@link #release}. */
	IndexSearcher acquire() throws IOException {
		return searchers.acquire();
	}

	void release(IndexSearcher searcher) throws IOException {
		searchers.release(searcher);
	}

	private void refresh() throws IOException {
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	private static List<Document> documents(UsableSheet sheet) {
		List<Document> documents = new ArrayList<>();
		Document doc = base("SHEET", sheet.id(), sheet.id(), sheet.departmentCode(), sheet.validFrom(),
				sheet.validUntil());
		text(doc, Searched.TITLE, sheet.title());
		text(doc, Searched.KEYWORDS, String.join(", ", sheet.keywords()));
		text(doc, Searched.SUMMARY, sheet.summary());
		text(doc, Searched.BODY, plain(sheet.body()));
		text(doc, Searched.QUESTIONS, sheet.faq().stream().map(UsableSheet.Faq::question)
			.collect(Collectors.joining(" ")));
		text(doc, Searched.ANSWERS, sheet.faq().stream().map(UsableSheet.Faq::answer)
			.collect(Collectors.joining(" ")));
		doc.add(new StoredField("sheetTitle", sheet.title()));
		sheet.keywords()
			.stream()
			.map(keyword -> keyword.strip().toLowerCase(java.util.Locale.ROOT))
			.distinct()
			.forEach(keyword -> doc.add(new SortedSetDocValuesField(KEYWORD, new BytesRef(keyword))));
		sheet.audience().forEach(audience -> doc.add(new SortedSetDocValuesField(AUDIENCE, new BytesRef(audience.name()))));
		documents.add(doc);
		for (UsableSheet.Faq faq : sheet.faq()) {
			Document question = base("FAQ", faq.id(), sheet.id(), sheet.departmentCode(), sheet.validFrom(),
					sheet.validUntil());
			text(question, Searched.TITLE, faq.question());
			text(question, Searched.BODY, plain(faq.answer()));
			// The sheet's words say what the question is about, but count less than the question's own.
			text(question, Searched.KEYWORDS, String.join(", ", sheet.keywords()));
			question.add(new StoredField("sheetTitle", sheet.title()));
			documents.add(question);
		}
		return documents;
	}

	private static Document document(ProcedureContent procedure) {
		Document doc = base("PROCEDURE", procedure.id(), procedure.id(), procedure.departmentCode(), null, null);
		text(doc, Searched.TITLE, procedure.name());
		text(doc, Searched.KEYWORDS, String.join(", ", procedure.keywords()));
		text(doc, Searched.SUMMARY, procedure.description());
		text(doc, Searched.BODY, String.join(" ", String.join(", ", procedure.requiredDocuments()),
				nullToEmpty(procedure.howToApply()), nullToEmpty(procedure.fees())));
		return doc;
	}

	private static Document base(String type, String id, String sheet, String department,
			LocalDate validFrom, LocalDate validUntil) {
		Document doc = new Document();
		doc.add(new StringField(TYPE, type, Field.Store.YES));
		doc.add(new StringField(ID, id, Field.Store.YES));
		doc.add(new StringField(SHEET, sheet, Field.Store.YES));
		if (department != null) {
			doc.add(new StoredField(DEPARTMENT, department));
			// Doc values: the portal's lists filter and count the matches by department without loading their texts.
			doc.add(new SortedDocValuesField(DEPARTMENT, new BytesRef(department)));
		}
		long from = validFrom == null ? Long.MIN_VALUE : validFrom.toEpochDay();
		long until = validUntil == null ? Long.MAX_VALUE : validUntil.toEpochDay();
		doc.add(new LongPoint(FROM, from));
		doc.add(new LongPoint(UNTIL, until));
		if (validFrom != null) {
			doc.add(new StoredField(FROM, validFrom.toString()));
		}
		if (validUntil != null) {
			doc.add(new StoredField(UNTIL, validUntil.toString()));
		}
		return doc;
	}

	private static void text(Document doc, Searched field, String text) {
		doc.add(new StoredField(field.field, nullToEmpty(text)));
		// Every text in one field, ranked by BM25 as one document.
		doc.add(new TextField(Searched.ALL.field, nullToEmpty(text), Field.Store.NO));
	}

	/** Markdown without its marks, for matching and for snippets. */
	static String plain(String markdown) {
		return nullToEmpty(markdown).replaceAll("\\]\\([^)]*\\)", "]").replaceAll("[#*_>`\\[\\]|]+", " ")
			.replaceAll("\\s+", " ").strip();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
