package it.sportello.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import it.sportello.search.RebuildInProgressException;
import it.sportello.search.RebuildReport;
import it.sportello.search.SearchIndexes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.CacheMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the index in place while it keeps answering searches.
 * <p>
 * Hibernate Search's MassIndexer is not used here on purpose: it always <em>adds</em> documents (it
 * expects an index it has just purged), so running it with {@code purgeAllOnStart(false)} over a live
 * index would duplicate every document, and purging first would leave operators with no results for the
 * whole rebuild. Instead every entity is re-written with add-or-update (Lucene's update-by-id, atomic for
 * readers) in batches, and only then are the documents whose entity is gone removed. Readers see the old
 * document until the new one is committed, never a gap. The cost is a single indexing thread, which is
 * fast enough (see bench/README.md); the MassIndexer is still used when the index is empty, where there is
 * nothing to keep serving.
 */
@Service
class OnlineReindexer implements SearchIndexes {

	private static final Logger log = LoggerFactory.getLogger(OnlineReindexer.class);

	private static final int BATCH = 500;

	/** Ids read at a time when looking for documents whose record is gone. */
	private static final int SCROLL = 1000;

	private final EntityManagerFactory entityManagerFactory;

	private final Clock clock;

	private final AtomicBoolean running = new AtomicBoolean();

	OnlineReindexer(EntityManagerFactory entityManagerFactory, Clock clock) {
		this.entityManagerFactory = entityManagerFactory;
		this.clock = clock;
	}

	@Override
	public boolean embedded() {
		try {
			mapping().backend().unwrap(LuceneBackend.class);
			return true;
		}
		catch (SearchException notLucene) {
			return false;
		}
	}

	@Override
	public boolean rebuilding() {
		return running.get();
	}

	@Override
	public RebuildReport rebuild() {
		if (!running.compareAndSet(false, true)) {
			throw new RebuildInProgressException();
		}
		try {
			Instant start = clock.instant();
			Map<String, Long> indexed = new LinkedHashMap<>();
			long removed = 0;
			for (SearchIndexedEntity<?> entity : mapping().allIndexedEntities()) {
				Set<Object> ids = reindex(entity);
				indexed.put(entity.jpaName(), (long) ids.size());
				removed += removeObsolete(entity, ids);
			}
			mergeSegments();
			RebuildReport report = new RebuildReport(indexed, removed, Duration.between(start, clock.instant()));
			log.info("Search index rebuilt in place: {} documents, {} removed, {} ms", report.documents(), removed,
					report.took().toMillis());
			return report;
		}
		finally {
			running.set(false);
		}
	}

	/** Fills an empty index with the MassIndexer (parallel, no reads to protect). */
	RebuildReport fillEmpty() {
		if (!running.compareAndSet(false, true)) {
			throw new RebuildInProgressException();
		}
		try {
			Instant start = clock.instant();
			try (Session session = openSession()) {
				Search.session(session).massIndexer().purgeAllOnStart(true).threadsToLoadObjects(2)
					.batchSizeToLoadObjects(BATCH).mergeSegmentsOnFinish(true).startAndWait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while indexing", ex);
			}
			Map<String, Long> indexed = new LinkedHashMap<>();
			mapping().allIndexedEntities().forEach(e -> indexed.put(e.jpaName(), indexCount(e)));
			RebuildReport report = new RebuildReport(indexed, 0, Duration.between(start, clock.instant()));
			log.info("Empty search index filled: {} documents in {} ms", report.documents(), report.took().toMillis());
			return report;
		}
		finally {
			running.set(false);
		}
	}

	/**
	 * Merges each index into one segment. A rebuild leaves several, and every search looks each of its terms up
	 * in every segment: on 20,000 people one segment instead of four or five cut a directory search's CPU by a
	 * third. Searches keep reading the old segments until the merge is committed.
	 */
	private void mergeSegments() {
		mapping().scope(Object.class).workspace().mergeSegments();
	}

	/** Documents in the index for one entity. */
	long indexCount(SearchIndexedEntity<?> entity) {
		try (Session session = openSession()) {
			return Search.session(session).search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}

	/** Rows in the database for one entity. */
	long databaseCount(SearchIndexedEntity<?> entity) {
		try (Session session = openSession()) {
			return session.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class).getSingleResult();
		}
	}

	SearchMapping mapping() {
		return Search.mapping(entityManagerFactory);
	}

	/** Re-writes every entity's document, batch by batch; returns the ids seen in the database. */
	private Set<Object> reindex(SearchIndexedEntity<?> entity) {
		String id = idAttribute(entity);
		List<Object> ids;
		try (Session session = openSession()) {
			ids = session.createQuery("select e." + id + " from " + entity.jpaName() + " e order by e." + id, Object.class)
				.getResultList();
		}
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Object> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			try (Session session = openSession()) {
				// Batch fetching keeps the documents' embedded data (an employee's office) to a few queries.
				session.setFetchBatchSize(BATCH);
				session.getTransaction().begin();
				List<?> loaded = session
					.createQuery("select e from " + entity.jpaName() + " e where e." + id + " in (:ids)", entity.javaClass())
					.setParameter("ids", batch)
					.getResultList();
				SearchSession search = Search.session(session);
				loaded.forEach(search.indexingPlan()::addOrUpdate);
				search.indexingPlan().execute();
				// Committed, not rolled back: the session is read-only, so the commit writes nothing, and it runs
				// the completion actions the plan registered (a rollback left them pending and Hibernate warned,
				// HHH90010101, once per batch).
				session.getTransaction().commit();
			}
		}
		try (Session session = openSession()) {
			Search.session(session).workspace(entity.javaClass()).flush();
		}
		return new HashSet<>(ids);
	}

	/**
	 * Removes the documents of entities deleted behind Hibernate's back. Candidates are checked against the
	 * database again just before removal: an entity created while the rebuild ran is in the index (automatic
	 * indexing) but not among the ids read at the start, and must stay.
	 */
	private long removeObsolete(SearchIndexedEntity<?> entity, Set<Object> seen) {
		try (Session session = openSession()) {
			SearchSession search = Search.session(session);
			List<Object> candidates = new ArrayList<>();
			// Scrolled, not fetched at once: OpenSearch refuses a page past its result window (10,000 hits).
			try (SearchScroll<Object> scroll = search.search(entity.javaClass()).select(f -> f.id())
				.where(f -> f.matchAll()).scroll(SCROLL)) {
				for (SearchScrollResult<Object> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
					for (Object id : chunk.hits()) {
						if (!seen.contains(id)) {
							candidates.add(id);
						}
					}
				}
			}
			if (candidates.isEmpty()) {
				return 0;
			}
			String idName = idAttribute(entity);
			Set<Object> stillThere = new HashSet<>(session
				.createQuery("select e." + idName + " from " + entity.jpaName() + " e where e." + idName + " in (:ids)",
						Object.class)
				.setParameter("ids", candidates)
				.getResultList());
			long removed = 0;
			for (Object id : candidates) {
				if (!stillThere.contains(id)) {
					search.indexingPlan().purge(entity.javaClass(), id, null);
					removed++;
				}
			}
			search.indexingPlan().execute();
			search.workspace(entity.javaClass()).flush();
			return removed;
		}
	}

	private String idAttribute(SearchIndexedEntity<?> entity) {
		EntityType<?> type = entityManagerFactory.getMetamodel().entity(entity.javaClass());
		return type.getId(type.getIdType().getJavaType()).getName();
	}

	private Session openSession() {
		Session session = entityManagerFactory.unwrap(SessionFactory.class).openSession();
		session.setDefaultReadOnly(true);
		session.setCacheMode(CacheMode.IGNORE);
		return session;
	}

}
