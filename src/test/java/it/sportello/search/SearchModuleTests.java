package it.sportello.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import it.sportello.support.ModuleTestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search module alone, with an entity of its test instead of the directory's: a rebuild indexes rows written
 * behind Hibernate's back, and the analyzers it registers analyse Italian as the module promises.
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

	@Test
	void namesAreFoldedButNotStemmed() throws IOException {
		Analyzer name = Search.mapping(entityManagerFactory)
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer(Analyzers.NAME)
			.orElseThrow();

		assertThat(tokens(name, "Rossi")).isNotEqualTo(tokens(name, "Rosso"));
		assertThat(tokens(name, "Nicolò")).containsExactly("nicolo");
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("field", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
