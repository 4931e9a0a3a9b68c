package it.sportello.identity.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: the requests that recorded entries wait while one writer thread takes everything queued (up to a
 * batch), writes it with one insert and one commit, and then lets all of them go. A request is answered only once
 * its entries are stored, yet concurrent requests share a commit, which is what keeps reads fast.
 * <p>
 * The writer never gives up on a batch: one the database refuses, or one that failed with an {@link Error} (an
 * {@code OutOfMemoryError} thrown in this thread by a request elsewhere), is tried again after a pause. Meanwhile
 * the requests wait at most {@code commitTimeout} and are then refused ({@link AuditUnavailableException}): a read
 * whose audit row is not stored is not shown. A writer thread that ended anyway is started again by the next
 * request, and {@link #state()} tells health checks that entries are not being written.
 */
final class GroupCommitWriter {

	private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

	private record Submission(List<AuditEntry> entries, int permits, CompletableFuture<Void> written) {
	}

	/** What health checks see: whether the writer runs, and since when it has failed to write, if it has. */
	record State(boolean writing, @Nullable Instant failingSince, int queued) {
	}

	private final Consumer<List<AuditEntry>> store;

	private final BlockingQueue<Submission> queue = new LinkedBlockingQueue<>();

	private final Semaphore capacity;

	private final int maxPermits;

	private final int batchSize;

	private final long retryMillis;

	private final Duration commitTimeout;

	private volatile boolean running;

	private volatile @Nullable Thread writer;

	private volatile @Nullable Instant failingSince;

	GroupCommitWriter(Consumer<List<AuditEntry>> store, AuditProperties properties) {
		this.store = store;
		this.maxPermits = Math.max(1, properties.queueCapacity());
		this.capacity = new Semaphore(maxPermits, true);
		this.batchSize = Math.max(1, properties.batchSize());
		this.retryMillis = properties.retryAfterMs();
		this.commitTimeout = properties.commitTimeout();
	}

	/** Stores the entries, returning when they are committed; refuses after the commit timeout. */
	void write(List<AuditEntry> entries) {
		if (!running) {
			// Before start-up completes or after shutdown began: no writer to hand them to.
			store.accept(entries);
			return;
		}
		long deadline = System.nanoTime() + commitTimeout.toNanos();
		CompletableFuture<Void> written = submit(entries, deadline);
		try {
			written.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			throw new AuditUnavailableException();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AuditUnavailableException();
		}
	}

	private CompletableFuture<Void> submit(List<AuditEntry> entries, long deadline) {
		int permits = Math.min(Math.max(1, entries.size()), maxPermits);
		try {
			if (!capacity.tryAcquire(permits, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				throw new AuditUnavailableException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AuditUnavailableException();
		}
		Submission submission = new Submission(List.copyOf(entries), permits, new CompletableFuture<>());
		queue.add(submission);
		restartIfDead();
		return submission.written();
	}

	/** Returns once everything submitted before this call is written (or the commit timeout passed). */
	void flush() {
		if (running) {
			write(List.of());
		}
	}

	State state() {
		Thread thread = writer;
		return new State(running && thread != null && thread.isAlive(), failingSince, maxPermits - capacity.availablePermits());
	}

	synchronized void start() {
		running = true;
		startThread();
	}

	/** Writes out what is queued, then stops the writer. */
	void stop() {
		running = false;
		Thread thread = writer;
		if (thread != null) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		List<Submission> left = new ArrayList<>();
		queue.drainTo(left);
		if (!left.isEmpty()) {
			writeAll(left);
		}
	}

	private synchronized void restartIfDead() {
		Thread thread = writer;
		if (running && (thread == null || !thread.isAlive())) {
			log.error("The access-audit writer had stopped: starting it again");
			startThread();
		}
	}

	private void startThread() {
		Thread thread = new Thread(this::drainLoop, "access-audit-writer");
		thread.setDaemon(true);
		writer = thread;
		thread.start();
	}

	private void drainLoop() {
		List<Submission> group = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			Submission first = poll();
			if (first == null) {
				continue;
			}
			group.add(first);
			int entries = first.entries().size();
			Submission next;
			while (entries < batchSize && (next = queue.poll()) != null) {
				group.add(next);
				entries += next.entries().size();
			}
			writeRetrying(group);
			group.clear();
		}
	}

	private @Nullable Submission poll() {
		try {
			return queue.poll(200, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			// Only stop() ends the writer; it interrupts nothing.
			return null;
		}
	}

	/**
	 * A batch that cannot be written (database down, memory exhausted) is kept and retried, so the trail has no
	 * gaps; only when the application stops is it given up, and said so.
	 */
	private void writeRetrying(List<Submission> group) {
		while (!writeAll(group)) {
			if (!running) {
				log.error("{} access-audit entries could not be written before the writer stopped", count(group));
				group.forEach(submission -> submission.written().completeExceptionally(new AuditUnavailableException()));
				return;
			}
			try {
				Thread.sleep(retryMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private boolean writeAll(List<Submission> group) {
		List<AuditEntry> batch = new ArrayList<>(count(group));
		group.forEach(submission -> batch.addAll(submission.entries()));
		try {
			if (!batch.isEmpty()) {
				store.accept(batch);
			}
		}
		catch (Throwable failure) {
			// Errors too: the thread must outlive an OutOfMemoryError that happened to strike it.
			if (failingSince == null) {
				failingSince = Instant.now();
			}
			log.error("Could not write {} access-audit entries, retrying in {} ms: {}", batch.size(), retryMillis,
					failure.getClass().getSimpleName());
			return false;
		}
		failingSince = null;
		for (Submission submission : group) {
			capacity.release(submission.permits());
			submission.written().complete(null);
		}
		return true;
	}

	private static int count(List<Submission> group) {
		return group.stream().mapToInt(submission -> submission.entries().size()).sum();
	}

}
