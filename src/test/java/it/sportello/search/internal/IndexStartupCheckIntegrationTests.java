package it.sportello.search.internal;

import it.sportello.organization.DirectorySearch;
import it.sportello.organization.DirectorySearchFixtures;
import it.sportello.search.SearchIndexes;
import it.sportello.support.SportelloIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A missing or stale index is rebuilt when the application starts. */
@SportelloIntegrationTest
class IndexStartupCheckIntegrationTests {

	@Autowired
	IndexStartupCheck startup;

	@Autowired
	DirectorySearch directory;

	@Autowired
	SearchIndexes indexes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aMissingIndexIsRefilledOnStartUp() {
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
		try (var session = entityManagerFactory.unwrap(SessionFactory.class).openSession()) {
			Search.session(session).workspace().purge();
			Search.session(session).workspace().refresh();
		}
		assertThat(directory.search("lorusso", 5)).isEmpty();

		assertThat(startup.check()).isEqualTo(IndexStartupCheck.Outcome.FILLED);

		assertThat(directory.search("lorusso", 5)).isNotEmpty();
		assertThat(startup.check()).isEqualTo(IndexStartupCheck.Outcome.IN_STEP);
	}

}
