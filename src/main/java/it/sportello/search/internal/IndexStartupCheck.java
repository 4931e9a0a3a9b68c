package it.sportello.search.internal;

import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The index is derived data that may be missing (a new node, a deleted directory) or out of step with the
 * database (data loaded with plain JDBC, a database restored from a backup). On start-up, once every
 * loader and runner has run, each index's document count is compared with the database: an empty index
 * is filled with the MassIndexer, a different count triggers an in-place rebuild. Synchronous on purpose:
 * the application reports ready only with a usable directory.
 */
@Component
class IndexStartupCheck {

	private static final Logger log = LoggerFactory.getLogger(IndexStartupCheck.class);

	private final OnlineReindexer reindexer;

	IndexStartupCheck(OnlineReindexer reindexer) {
		this.reindexer = reindexer;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		check();
	}

	/** @return what was done: nothing, a fill of an empty index or a rebuild */
	Outcome check() {
		boolean empty = true;
		boolean outOfStep = false;
		for (SearchIndexedEntity<?> entity : reindexer.mapping().allIndexedEntities()) {
			long documents = reindexer.indexCount(entity);
			long rows = reindexer.databaseCount(entity);
			empty &= documents == 0;
			if (documents != rows) {
				log.info("Search index for {} has {} documents, database {} rows", entity.jpaName(), documents, rows);
				outOfStep = true;
			}
		}
		if (!outOfStep) {
			return Outcome.IN_STEP;
		}
		if (empty) {
			reindexer.fillEmpty();
			return Outcome.FILLED;
		}
		reindexer.rebuild();
		return Outcome.REBUILT;
	}

	enum Outcome {

		IN_STEP, FILLED, REBUILT

	}

}
