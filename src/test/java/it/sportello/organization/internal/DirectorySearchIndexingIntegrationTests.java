package it.sportello.organization.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import it.sportello.organization.DirectorySearch;
import it.sportello.organization.DirectorySearchFixtures;
import it.sportello.search.RebuildReport;
import it.sportello.search.SearchIndexes;
import it.sportello.support.SportelloIntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows the database: current right after each commit (an office's new name reaches its
 * people), rebuilt without a moment of empty results, cleaned of rows deleted behind Hibernate's back.
 */
@SportelloIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DirectorySearchIndexingIntegrationTests {

	@Autowired
	DirectorySearch directory;

	@Autowired
	SearchIndexes indexes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void demoDirectory() {
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
	}

	@Test
	void aNewPersonIsFoundRightAfterCommit() {
		transaction.executeWithoutResult(status -> {
			Office office = entityManager.find(Office.class, "AGRI-06");
			EmployeeData data = new EmployeeData("Ottavio", "Quagliariello", "Dott.", "Funzionario", "AGRI-06", "3998",
					null, "ottavio.quagliariello@regione.basilicata.example", "1° piano, stanza 199");
			entityManager.persist(new Employee("E0999", data, office));
		});
		assertThat(directory.search("quagliarello", 5)).extracting(DirectorySearch.Result::id).first().isEqualTo("E0999");
		assertThat(directory.employee("E0999")).get().extracting(DirectorySearch.Result::extension).isEqualTo("3998");
	}

	@Test
	void renamingAnOfficeReindexesItsPeople() {
		rename("SALU-08", "Osservatorio Epidemiologico e Statistiche Sanitarie");
		try {
			List<DirectorySearch.Result> people = directory.search("statistiche sanitarie", 20);
			assertThat(people).filteredOn(r -> r.type() == DirectorySearch.Kind.PERSON).isNotEmpty()
				.allSatisfy(r -> assertThat(r.office().code()).isEqualTo("SALU-08"));
		}
		finally {
			rename("SALU-08", "Osservatorio Epidemiologico Regionale");
		}
	}

	@Test
	void searchesKeepAnsweringWhileTheIndexIsRebuilt() {
		AtomicInteger searches = new AtomicInteger();
		CompletableFuture<RebuildReport> rebuild = CompletableFuture.supplyAsync(indexes::rebuild);
		while (!rebuild.isDone()) {
			assertThat(directory.search("rossi", 5)).as("results during the rebuild").isNotEmpty();
			searches.incrementAndGet();
		}
		assertThat(rebuild.join().documents()).isGreaterThanOrEqualTo(832 + 86);
		assertThat(searches.get()).isPositive();
		// All sixteen Rossi are back in the index, ahead of the names that only sound alike.
		java.util.List<DirectorySearch.Result> rossi = directory.search("rossi", 50);
		assertThat(rossi).hasSizeGreaterThanOrEqualTo(16);
		assertThat(rossi.subList(0, 16)).extracting(DirectorySearch.Result::name).allMatch(name -> name.endsWith(" Rossi"));
	}

	@Test
	void aRebuildRemovesPeopleDeletedBehindHibernatesBack() {
		transaction.executeWithoutResult(status -> {
			Office office = entityManager.find(Office.class, "PRES-01");
			EmployeeData data = new EmployeeData("Zaccaria", "Tempone", null, "Collaboratore", "PRES-01", "2499", null,
					null, null);
			entityManager.persist(new Employee("E0998", data, office));
		});
		assertThat(directory.search("tempone", 5)).isNotEmpty();
		jdbc.update("delete from employee where id = 'E0998'");

		RebuildReport report = indexes.rebuild();

		assertThat(report.removed()).isEqualTo(1);
		assertThat(directory.search("tempone", 5)).isEmpty();
	}

	@Test
	void aRebuildLeavesEachIndexInOneSegment() throws IOException {
		indexes.rebuild();
		try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Object.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			// People and offices: every term of a search is looked up once per index, not once per segment.
			assertThat(reader.leaves()).hasSize(2);
		}
	}

	@Test
	void aRebuildLeavesNoTransactionWorkBehind(CapturedOutput output) {
		RebuildReport report = indexes.rebuild();

		assertThat(report.documents()).isGreaterThanOrEqualTo(832 + 86);
		// Each batch's session used to be rolled back with the indexing plan's completion actions still
		// registered: Hibernate warned once per batch on every rebuild an administrator started.
		assertThat(output.getAll()).doesNotContain("HHH90010101");
	}

	private void rename(String code, String name) {
		transaction.executeWithoutResult(status -> {
			Office office = entityManager.find(Office.class, code);
			OfficeData data = office.data();
			office.apply(new OfficeData(data.departmentCode(), data.parentCode(), name, data.type(), data.phone(),
					data.email(), data.pec(), data.address(), data.openingHours(), data.website(), data.competences()));
		});
	}

}
