package it.sportello.identity.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import it.sportello.identity.AccessAudit;
import it.sportello.identity.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access audit, written in batches by one background writer. An access inside a transaction is
 * queued when the transaction commits (a rolled-back change leaves no entry), outside one at once.
 * <p>
 * Writing one row per access in the request's own transaction turned every read of a ticket into a
 * write transaction (a WAL flush per read) and cost a statement per request; a batch of a few hundred
 * rows costs about as much as one. Nothing is dropped: the queue is bounded and a full queue makes the
 * recording request wait; a failed batch is retried; {@link #stop()} writes what is left before the
 * application closes its connections.
 */
@Component
class BatchedAccessAudit implements AccessAudit, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BatchedAccessAudit.class);

	private static final String INSERT = """
			insert into access_audit (occurred_at, username, action, subject_type, subject_id)
			values (?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final BlockingQueue<Entry> queue;

	private final int batchSize;

	private final long retryMillis;

	/** Entries queued and not yet written (including a batch the writer holds). */
	private final AtomicInteger pending = new AtomicInteger();

	private volatile boolean running;

	private volatile Thread writer;

	BatchedAccessAudit(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${sportello.audit.queue-capacity:20000}") int capacity,
			@Value("${sportello.audit.batch-size:500}") int batchSize,
			@Value("${sportello.audit.retry-after-ms:1000}") long retryMillis) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.batchSize = batchSize;
		this.retryMillis = retryMillis;
	}

	record Entry(Instant occurredAt, String username, String action, String subjectType, String subjectId) {
	}

	@Override
	public void record(StaffMember who, String action, String subjectType, String subjectId) {
		Entry entry = new Entry(clock.instant(), cut(who.username(), 64), cut(action, 32), cut(subjectType, 32),
				cut(subjectId, 255));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					enqueue(entry);
				}
			});
		}
		else {
			enqueue(entry);
		}
	}

	private void enqueue(Entry entry) {
		if (!running) {
			// Before start-up completes or after shutdown began: no writer to hand it to.
			write(List.of(entry));
			return;
		}
		pending.incrementAndGet();
		try {
			queue.put(entry);
		}
		catch (InterruptedException ex) {
			pending.decrementAndGet();
			Thread.currentThread().interrupt();
			write(List.of(entry));
		}
	}

	@Override
	public void flush() {
		List<Entry> batch = new ArrayList<>();
		while (queue.drainTo(batch, batchSize) > 0) {
			write(batch);
			pending.addAndGet(-batch.size());
			batch.clear();
		}
		// What the writer took from the queue before we looked is being written: wait for it.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (pending.get() > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void write(List<Entry> batch) {
		ownTransaction.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, batch.stream()
			.map(e -> new Object[] { OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.username(), e.action(),
					e.subjectType(), e.subjectId() })
			.toList()));
	}

	private void drainLoop() {
		List<Entry> batch = new ArrayList<>(batchSize);
		while (running || !queue.isEmpty()) {
			try {
				Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, batchSize - 1);
				try {
					writeRetrying(batch);
				}
				catch (InterruptedException ex) {
					// Stopped while the database was refusing the batch: one last try, and say if it is lost.
					Thread.currentThread().interrupt();
					lastAttempt(batch);
					return;
				}
				finally {
					pending.addAndGet(-batch.size());
					batch.clear();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void lastAttempt(List<Entry> batch) {
		try {
			write(batch);
		}
		catch (DataAccessException | TransactionException ex) {
			log.error("{} access-audit entries could not be written before the writer stopped: {}", batch.size(),
					ex.getClass().getSimpleName());
		}
	}

	/** A batch that cannot be written (database down) is kept and retried: the trail must not have gaps. */
	private void writeRetrying(List<Entry> batch) throws InterruptedException {
		while (true) {
			try {
				write(batch);
				return;
			}
			catch (DataAccessException | TransactionException ex) {
				log.error("Could not write {} access-audit entries, retrying in {} ms: {}", batch.size(), retryMillis,
						ex.getClass().getSimpleName());
				Thread.sleep(retryMillis);
			}
		}
	}

	@Override
	public void start() {
		running = true;
		Thread thread = new Thread(this::drainLoop, "access-audit-writer");
		thread.setDaemon(true);
		writer = thread;
		thread.start();
	}

	@Override
	public void stop() {
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
		flush();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops after the web server (which stops first, at a higher phase), before the data source closes. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
