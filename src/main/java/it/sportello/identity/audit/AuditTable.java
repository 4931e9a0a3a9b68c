package it.sportello.identity.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes batches of entries to the {@code access_audit} table, one insert and one commit per batch, on connections
 * of its own: a request waits for its entries while it still holds its own connection (a transaction's commit
 * callbacks run before the connection goes back), so with the application's pool exhausted by waiting requests the
 * writer could never get one.
 */
class AuditTable implements AutoCloseable {

	private static final String INSERT = """
			insert into access_audit (occurred_at, username, action, subject_type, subject_id)
			values (?, ?, ?, ?, ?)""";

	private final HikariDataSource connections;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	AuditTable(DataSourceProperties database) {
		this.connections = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		this.connections.setPoolName("access-audit");
		this.connections.setMaximumPoolSize(2);
		this.connections.setMinimumIdle(1);
		this.jdbc = new JdbcTemplate(connections);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(connections));
	}

	void insert(List<AuditEntry> batch) {
		transaction.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, batch.stream()
			.map(e -> new Object[] { OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.username(), e.action(),
					e.subjectType(), e.subjectId() })
			.toList()));
	}

	@Override
	public void close() {
		connections.close();
	}

}
