package it.sportello.organization.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import it.sportello.organization.DirectorySearch.Result;
import it.sportello.organization.DirectorySearchFixtures;
import it.sportello.search.SearchIndexes;
import it.sportello.shared.importing.ZipLimits;
import it.sportello.support.SportelloIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Searches beyond the configured number wait for their turn instead of sharing the cores with the running
 * ones, and every one of them is answered.
 */
@SportelloIntegrationTest
class DirectorySearchConcurrencyIntegrationTests {

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

	@BeforeEach
	void demoDirectory() {
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
	}

	@Test
	void atMostTheConfiguredNumberOfSearchesRunAtOnce() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		// Each search holds its turn inside the service until the test releases them.
		DirectorySearchDisplay display = new DirectorySearchDisplay(entityManagerFactory, indexes, task -> {
		}) {
			@Override
			IndexState state() {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
					return super.state();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
				finally {
					running.decrementAndGet();
				}
			}
		};
		DirectorySearchService search = new DirectorySearchService(entityManagerFactory, departments, display,
				new OrganizationProperties(2, ZipLimits.DEFAULT), new SwitchboardVocabulary(), thesaurus);
		ExecutorService callers = Executors.newFixedThreadPool(6);
		try {
			List<CompletableFuture<List<Result>>> searches = IntStream.range(0, 6)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> search.search("rossi", 5), callers))
				.toList();
			await().atMost(Duration.ofSeconds(10)).until(() -> running.get() >= 2);
			// The other four have had time to start: they must be waiting, not inside, all along.
			await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> running.get() == 2);

			release.countDown();

			for (CompletableFuture<List<Result>> each : searches) {
				assertThat(each.get(30, TimeUnit.SECONDS)).isNotEmpty();
			}
			assertThat(most.get()).isEqualTo(2);
		}
		finally {
			release.countDown();
			callers.shutdownNow();
		}
	}

}
