package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import it.sportello.organization.DirectorySearch.Result;
import it.sportello.organization.DirectorySearchFixtures;
import it.sportello.search.SearchIndexes;
import it.sportello.shared.importing.ZipLimits;
import it.sportello.support.SportelloIntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches answered from the in-memory copy of the stored fields show exactly what reading the stored
 * fields shows, and never an older copy once the index has changed. The service here has its own display
 * whose background reads run only when the test says so.
 */
@SportelloIntegrationTest
class DirectorySearchDisplayIntegrationTests {

	/** The benchmark's switchboard requests (bench/lua/directory-search.lua): people, offices, extensions. */
	static final List<String> REQUESTS = List.of("rossi", "Rosi", "lo russo", "dangelo", "donofrio", "D’Onofrio",
			"nicolo", "mar russ", "maria russo", "giuseppe rossi", "3505", "0971 663505", "tesserini di caccia",
			"bollo auto", "farmacie", "dirigente ufficio caccia", "protezione civile", "ufficio tributi", "urp salute",
			"de luca", "dilorenzo", "faraon", "pietro luca", "antonio lorusso", "licenza di pesca", "sala operativa",
			"nole", "lam", "coviello", "vorrei parlare con il dottor santarsiero");

	@Autowired
	it.sportello.search.Thesaurus thesaurus;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	DepartmentCatalog departments;

	@Autowired
	SearchIndexes indexes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	final List<Runnable> backgroundReads = new ArrayList<>();

	DirectorySearchDisplay display;

	DirectorySearchService search;

	@BeforeEach
	void demoDirectory() {
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
		display = new DirectorySearchDisplay(entityManagerFactory, indexes, backgroundReads::add);
		search = new DirectorySearchService(entityManagerFactory, departments, display,
				new OrganizationProperties(0, ZipLimits.DEFAULT), new SwitchboardVocabulary(), thesaurus);
	}

	@Test
	void resultsFromMemoryEqualResultsFromTheStoredFields() {
		Map<String, List<Result>> fromStoredFields = new LinkedHashMap<>();
		REQUESTS.forEach(request -> fromStoredFields.put(request, search.search(request, 10)));
		Optional<Result> person = search.employee("E0134");
		Optional<Result> office = search.office("AGRI-06");
		assertThat(display.answeredSearches()).isZero();
		assertThat(backgroundReads).as("one snapshot read asked for, however many searches").hasSize(1);

		runBackgroundReads();

		REQUESTS.forEach(request -> assertThat(search.search(request, 10)).as(request).isEqualTo(fromStoredFields.get(request))
			.isNotEmpty());
		assertThat(search.employee("E0134")).isEqualTo(person).isPresent();
		assertThat(search.office("AGRI-06")).isEqualTo(office).isPresent();
		assertThat(display.answeredSearches()).isEqualTo(REQUESTS.size() + 2);
		assertThat(backgroundReads).isEmpty();
	}

	@Test
	void aChangeToTheIndexIsShownAtOnceNotTheOlderCopy() {
		search.search("donofrio", 5);
		runBackgroundReads();
		String free = freeExtension();
		assertThat(search.search("donofrio", 5).get(0).extension()).isNotEqualTo(free);
		long fromMemory = display.answeredSearches();
		String before = changeExtension("E0728", free);
		try {
			assertThat(search.search("donofrio", 5).get(0)).extracting(Result::id, Result::extension)
				.containsExactly("E0728", free);
			assertThat(display.answeredSearches()).as("the older copy was not used").isEqualTo(fromMemory);

			runBackgroundReads();

			assertThat(search.search("donofrio", 5).get(0).extension()).isEqualTo(free);
			assertThat(display.answeredSearches()).as("the new copy was used").isEqualTo(fromMemory + 1);
		}
		finally {
			changeExtension("E0728", before);
		}
	}

	@Test
	void aSnapshotServesOnlyTheStateOfTheIndexItWasReadFrom() {
		DirectorySearchDisplay.IndexState state = display.state();
		assertThat(display.load()).isTrue();
		assertThat(display.of(state)).isNotNull();
		String before = changeExtension("E0728", freeExtension());
		try {
			assertThat(display.of(display.state())).as("no snapshot of the changed index yet").isNull();
			assertThat(display.of(state)).as("the older state still has its snapshot").isNotNull();
		}
		finally {
			changeExtension("E0728", before);
		}
	}

	private void runBackgroundReads() {
		List<Runnable> reads = List.copyOf(backgroundReads);
		backgroundReads.clear();
		reads.forEach(Runnable::run);
	}

	/** An extension nobody has (extensions are unique; other test classes add people to the same directory). */
	private String freeExtension() {
		Set<String> taken = Set.copyOf(jdbc.queryForList("select extension from employee", String.class));
		return IntStream.range(3900, 4000).mapToObj(String::valueOf).filter(e -> !taken.contains(e)).findFirst()
			.orElseThrow();
	}

	/** @return the extension before */
	private String changeExtension(String id, String extension) {
		return transaction.execute(status -> {
			Employee employee = entityManager.find(Employee.class, id);
			EmployeeData data = employee.data();
			employee.apply(new EmployeeData(data.firstName(), data.lastName(), data.title(), data.position(),
					data.officeCode(), extension, data.directPhone(), data.email(), data.room()),
					entityManager.find(Office.class, data.officeCode()));
			return data.extension();
		});
	}

}
