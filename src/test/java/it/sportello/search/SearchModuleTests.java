package it.sportello.search;

import java.util.List;

import it.sportello.support.ModuleTestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search module alone, with an entity of its test instead of the directory's: a rebuild indexes rows written
 * behind Hibernate's back, and the Italian analyzer it registers finds the plural by the singular.
 */
@ApplicationModuleTest
@ModuleTestDatabase
@TestPropertySource(
		properties = "spring.jpa.properties.hibernate.search.mapping.configurer=class:it.sportello.search.NoEntitiesMapping")
class SearchModuleTests {

	@Autowired
	SearchIndexes indexes;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRebuildIndexesRowsWrittenBehindHibernatesBackAndTheSingularFindsThePlural() {
		jdbc.update("insert into department (code, name, short_name) values ('CACC', 'Rilascio dei tesserini di caccia', 'Caccia')");

		RebuildReport report = indexes.rebuild();

		assertThat(report.documents()).isEqualTo(1);
		try (Session session = entityManagerFactory.unwrap(SessionFactory.class).openSession()) {
			List<SearchableDepartment> hits = Search.session(session)
				.search(SearchableDepartment.class)
				.where(f -> f.match().field("name").matching("tesserino"))
				.fetchHits(10);
			assertThat(hits).extracting(department -> department.code).containsExactly("CACC");
		}
	}

}
