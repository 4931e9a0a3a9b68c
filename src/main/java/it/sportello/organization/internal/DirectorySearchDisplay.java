package it.sportello.organization.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Executor;

import it.sportello.search.SearchIndexes;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the result list shows of every person and office (the index's stored fields), read from the index
 * once and kept in memory while the index stays as it was, so that a search reads no stored fields:
 * reading them cost about a third of a search (Lucene decodes and decompresses a block of documents per hit).
 * <p>
 * The snapshot is tied to the exact state of the index it was read from: the identity of every segment
 * reader, which changes with any write (a new document, an update, a deletion, a merge). A search uses it
 * only when the index is in that same state before and after it ran, so what it shows is always what the
 * index holds, as if the stored fields had been read; otherwise the search reads the stored fields as
 * before, and a new snapshot is read in the background (one at a time, never during a rebuild).
 * 20,000 people take about 9 MB of heap (equal strings, such as an office's text on each of its people, are
 * kept once) and 0.6 s of CPU to read on a JVM just started (bench/README.md).
 */
@Component
class DirectorySearchDisplay implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DirectorySearchDisplay.class);

	private static final int CHUNK = 1000;

	private final EntityManagerFactory entityManagerFactory;

	private final SearchIndexes indexes;

	private final Executor loader;

	private final @Nullable ExecutorService ownLoader;

	private final AtomicBoolean loading = new AtomicBoolean();

	private final AtomicLong answered = new AtomicLong();

	private volatile @Nullable Snapshot snapshot;

	private volatile @Nullable SearchScope<Object> scope;

	private volatile @Nullable Boolean embedded;

	@Autowired
	DirectorySearchDisplay(EntityManagerFactory entityManagerFactory, SearchIndexes indexes) {
		this(entityManagerFactory, indexes, Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "directory-search-display");
			thread.setDaemon(true);
			return thread;
		}));
	}

	/** With the executor that reads new snapshots (tests run it by hand). */
	DirectorySearchDisplay(EntityManagerFactory entityManagerFactory, SearchIndexes indexes, Executor loader) {
		this.entityManagerFactory = entityManagerFactory;
		this.indexes = indexes;
		this.loader = loader;
		this.ownLoader = loader instanceof ExecutorService service ? service : null;
	}

	/**
	 * The state of the directory index now. On OpenSearch (several nodes) a state of its own, equal to no other: the
	 * index changes on other nodes' writes too, so every search reads what it shows from the index.
	 */
	IndexState state() {
		if (!embedded()) {
			return new IndexState(List.of(new Object()));
		}
		try (IndexReader reader = scope().extension(LuceneExtension.get()).openIndexReader()) {
			return IndexState.of(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The snapshot of the index in {@code state}, or null when there is none yet for that state: then one is
	 * read in the background, unless a rebuild is rewriting the index.
	 */
	@Nullable Snapshot of(IndexState state) {
		Snapshot current = snapshot;
		if (current != null && current.state().equals(state)) {
			return current;
		}
		if (embedded() && !indexes.rebuilding() && loading.compareAndSet(false, true)) {
			try {
				loader.execute(this::loadInBackground);
			}
			catch (RuntimeException rejected) {
				loading.set(false);
				throw rejected;
			}
		}
		return null;
	}

	private boolean embedded() {
		Boolean current = embedded;
		if (current == null) {
			current = DirectorySearchService.embedded(entityManagerFactory);
			embedded = current;
		}
		return current;
	}

	/** Counts a search answered from a snapshot. */
	void answered() {
		answered.incrementAndGet();
	}

	/** How many searches a snapshot answered so far. */
	long answeredSearches() {
		return answered.get();
	}

	private void loadInBackground() {
		try {
			load();
		}
		catch (RuntimeException ex) {
			// Searches go on reading the stored fields; the next one tries again.
			log.warn("Could not read the directory search snapshot", ex);
		}
		finally {
			loading.set(false);
		}
	}

	/**
	 * Reads every document's stored fields; keeps the snapshot if the index did not change meanwhile.
	 * @return whether it was kept
	 */
	boolean load() {
		IndexState before = state();
		Map<String, List<?>> employees = new HashMap<>();
		Map<String, List<?>> offices = new HashMap<>();
		Map<Object, Object> pool = new HashMap<>();
		try (Session session = entityManagerFactory.unwrap(SessionFactory.class).openSession();
				SearchScroll<List<?>> scroll = Search.session(session)
					.search(scope())
					.select(f -> f.composite()
						.from(f.entityReference(), f.id(String.class), DirectorySearchService.stored(f))
						.asList())
					.where(f -> f.matchAll())
					.sort(f -> f.indexOrder())
					.scroll(CHUNK)) {
			for (SearchScrollResult<List<?>> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				for (List<?> hit : chunk.hits()) {
					String name = ((EntityReference) hit.get(0)).name();
					(DirectorySearchMapping.EMPLOYEE.equals(name) ? employees : offices).put((String) hit.get(1),
							pooled((List<?>) hit.get(2), pool));
				}
			}
		}
		if (!before.equals(state())) {
			return false;
		}
		snapshot = new Snapshot(before, employees, offices);
		return true;
	}

	/** The stored values, each equal string kept once. */
	private static List<?> pooled(List<?> values, Map<Object, Object> pool) {
		Object[] copy = values.toArray();
		for (int i = 0; i < copy.length; i++) {
			if (copy[i] != null) {
				copy[i] = pool.computeIfAbsent(copy[i], value -> value);
			}
		}
		return Collections.unmodifiableList(Arrays.asList(copy));
	}

	/** People and offices, created once on first use. */
	private SearchScope<Object> scope() {
		SearchScope<Object> current = scope;
		if (current == null) {
			current = Search.mapping(entityManagerFactory)
				.scope(Object.class, List.of(DirectorySearchMapping.EMPLOYEE, DirectorySearchMapping.OFFICE));
			scope = current;
		}
		return current;
	}

	@Override
	public void destroy() {
		if (ownLoader != null) {
			ownLoader.shutdownNow();
		}
	}

	/**
	 * The state of the index: its segment readers, by identity. Lucene opens a new reader for a segment
	 * whose documents or deletions changed and adds one for a new segment, so two equal states hold the same
	 * documents.
	 */
	record IndexState(List<Object> readers) {

		static IndexState of(IndexReader reader) {
			List<Object> keys = new ArrayList<>();
			for (LeafReaderContext leaf : reader.leaves()) {
				IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
				// A reader that cannot tell its identity is equal to no other state: the stored fields are read.
				keys.add(helper != null ? helper.getKey() : new Object());
			}
			return new IndexState(List.copyOf(keys));
		}

	}

	/** The stored fields of every person and office (values in {@link DirectorySearchService}'s order), by id. */
	record Snapshot(IndexState state, Map<String, List<?>> employees, Map<String, List<?>> offices) {

		@Nullable List<?> stored(String entityName, String id) {
			return (DirectorySearchMapping.EMPLOYEE.equals(entityName) ? employees : offices).get(id);
		}

	}

}
