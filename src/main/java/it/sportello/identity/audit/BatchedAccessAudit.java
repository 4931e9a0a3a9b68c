package it.sportello.identity.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import it.sportello.identity.AccessAudit;
import it.sportello.identity.StaffMember;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The access audit, written by group commit ({@link GroupCommitWriter}): whoever records an access returns only
 * when its row is committed, and concurrent requests share one insert and one commit. An access inside a
 * transaction is written when the transaction commits (a rolled-back change leaves no entry), together with the
 * transaction's other entries, and the commit returns after it; outside a transaction at once.
 * <p>
 * Writing one row per access in the request's own transaction turned every read of a ticket into a write
 * transaction (a WAL flush per read); a batch of many requests' rows costs about as much as one. Writing after
 * the answer (as an in-memory queue did) lost the rows of answered reads when the process was killed.
 */
@Component
class BatchedAccessAudit implements AccessAudit, SmartLifecycle, DisposableBean {

	private final Clock clock;

	private final AuditTable table;

	private final GroupCommitWriter writer;

	BatchedAccessAudit(DataSourceProperties database, Clock clock, AuditProperties properties) {
		this.clock = clock;
		this.table = new AuditTable(database);
		this.writer = new GroupCommitWriter(table::insert, properties);
	}

	@Override
	public void record(StaffMember who, String action, String subjectType, String subjectId) {
		recordAll(who, action, subjectType, List.of(subjectId));
	}

	@Override
	public void recordAll(StaffMember who, String action, String subjectType, Collection<String> subjectIds) {
		if (subjectIds.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		List<AuditEntry> entries = subjectIds.stream()
			.map(id -> AuditEntry.of(now, who.username(), action, subjectType, id))
			.toList();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			entriesOfThisTransaction().addAll(entries);
		}
		else {
			writer.write(entries);
		}
	}

	/** The entries the current transaction recorded so far, written together when it commits. */
	private List<AuditEntry> entriesOfThisTransaction() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof OnCommit pending && pending.owner() == this) {
				return pending.entries;
			}
		}
		OnCommit pending = new OnCommit();
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending.entries;
	}

	/**
	 * Writes the transaction's entries after its commit, before the commit returns to the caller: a failure here
	 * (503) reaches the request, whose answer is then not sent. Registered per transaction, so a nested one that
	 * commits on its own writes its own entries.
	 */
	private final class OnCommit implements TransactionSynchronization {

		private final List<AuditEntry> entries = new ArrayList<>();

		BatchedAccessAudit owner() {
			return BatchedAccessAudit.this;
		}

		@Override
		public void afterCommit() {
			writer.write(entries);
		}

	}

	@Override
	public void flush() {
		writer.flush();
	}

	GroupCommitWriter.State state() {
		return writer.state();
	}

	@Override
	public void start() {
		writer.start();
	}

	/**
	 * Writes out what is queued and stops the writer. The connections stay open: a context is also stopped when it is
	 * paused (a test context not in use) and started again later; they are closed when the bean is destroyed.
	 */
	@Override
	public void stop() {
		writer.stop();
	}

	@Override
	public void destroy() {
		table.close();
	}

	@Override
	public boolean isRunning() {
		return writer.state().writing();
	}

	/** Stops after the web server (which stops first, at a higher phase), before the data source closes. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

}
