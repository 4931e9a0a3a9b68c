package it.sportello.identity.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group commit on its own: what the writer does with the batches it is given when storing is slow, fails, or
 * dies with an Error. The table it writes to in the application is tested with PostgreSQL elsewhere; here storing
 * is a list, so that failures can be made to happen.
 */
class GroupCommitWriterTests {

	private final List<AuditEntry> stored = new CopyOnWriteArrayList<>();

	private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

	private GroupCommitWriter writer;

	@AfterEach
	void stop() {
		if (writer != null) {
			writer.stop();
		}
	}

	@Test
	void concurrentRequestsShareCommitsAndEachReturnsOnlyOnceItsEntryIsStored() throws Exception {
		writer = started(batch -> {
			sleep(20); // a commit's flush to disk
			batchSizes.add(batch.size());
			stored.addAll(batch);
		}, Duration.ofSeconds(10));
		ExecutorService requests = Executors.newFixedThreadPool(16);
		List<Future<Boolean>> storedWhenReturned = new ArrayList<>();
		for (int i = 0; i < 160; i++) {
			AuditEntry entry = entry("c" + i);
			storedWhenReturned.add(requests.submit(() -> {
				writer.write(List.of(entry));
				return stored.contains(entry);
			}));
		}
		for (Future<Boolean> request : storedWhenReturned) {
			assertThat(request.get()).isTrue();
		}
		requests.shutdown();

		assertThat(stored).hasSize(160).doesNotHaveDuplicates();
		assertThat(batchSizes.size()).isLessThan(160 / 4);
	}

	@Test
	void theWriterOutlivesAnErrorInItsThreadAndWritesTheBatchAgain() {
		AtomicInteger attempts = new AtomicInteger();
		writer = started(batch -> {
			if (attempts.incrementAndGet() == 1) {
				throw new OutOfMemoryError("Java heap space");
			}
			stored.addAll(batch);
		}, Duration.ofSeconds(10));

		writer.write(List.of(entry("after-oom")));
		writer.write(List.of(entry("next")));

		assertThat(stored).extracting(AuditEntry::subjectId).containsExactly("after-oom", "next");
		assertThat(writer.state().writing()).isTrue();
		assertThat(writer.state().failingSince()).isNull();
	}

	@Test
	void whileEntriesCannotBeStoredARequestIsRefusedAfterTheCommitTimeoutAndTheStateSaysSince() {
		List<AuditEntry> refused = Collections.synchronizedList(new ArrayList<>());
		writer = started(batch -> {
			refused.addAll(batch);
			throw new IllegalStateException("relation access_audit does not exist");
		}, Duration.ofMillis(300));
		long start = System.nanoTime();

		assertThatThrownBy(() -> writer.write(List.of(entry("unstored")))).isInstanceOf(AuditUnavailableException.class);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(3));
		assertThat(writer.state().failingSince()).isNotNull();
		assertThat(writer.state().queued()).isEqualTo(1);
	}

	@Test
	void aFullQueueRefusesNewEntriesAfterTheCommitTimeoutInsteadOfWaitingForever() {
		writer = new GroupCommitWriter(batch -> {
			throw new IllegalStateException("database down");
		}, new AuditProperties(2, 500, 10, Duration.ofMillis(200)));
		writer.start();
		ExecutorService requests = Executors.newSingleThreadExecutor();
		Future<?> first = requests.submit(() -> writer.write(List.of(entry("a"), entry("b"))));

		assertThatThrownBy(() -> writer.write(List.of(entry("c")))).isInstanceOf(AuditUnavailableException.class);
		assertThatThrownBy(first::get).hasCauseInstanceOf(AuditUnavailableException.class);
		requests.shutdown();
	}

	@Test
	void whatIsQueuedWhenTheApplicationStopsIsWrittenBeforeItCloses() {
		writer = started(stored::addAll, Duration.ofSeconds(10));
		writer.write(List.of(entry("before-stop")));

		writer.stop();
		writer.write(List.of(entry("after-stop")));
		writer = null;

		assertThat(stored).extracting(AuditEntry::subjectId).containsExactly("before-stop", "after-stop");
	}

	private static GroupCommitWriter started(Consumer<List<AuditEntry>> store, Duration commitTimeout) {
		GroupCommitWriter writer = new GroupCommitWriter(store, new AuditProperties(20_000, 500, 10, commitTimeout));
		writer.start();
		return writer;
	}

	private static AuditEntry entry(String subjectId) {
		return AuditEntry.of(Instant.now(), "operatore", "READ", "CITIZEN", subjectId);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
