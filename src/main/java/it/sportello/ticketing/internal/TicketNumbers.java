package it.sportello.ticketing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import it.sportello.ticketing.TicketNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands out ticket numbers {@code AAAA-NNNNNN}: one database sequence per year, so the count restarts
 * every January and concurrent openings never wait on each other (a sequence is not transactional: a
 * rolled-back opening leaves a gap, never a duplicate).
 */
@Component
public class TicketNumbers {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final boolean postgres;

	private final Set<Integer> ready = ConcurrentHashMap.newKeySet();

	TicketNumbers(DataSource dataSource, Clock clock) throws SQLException {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.clock = clock;
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
	}

	/**
	 * Makes sure this year's sequence exists. Called before the ticket's transaction starts, holding no
	 * connection: creating the sequence takes a connection of its own, and a thread that did so while
	 * holding its transaction's connection could wait for the pool that the threads queued behind it
	 * hold (a deadlock seen at the first burst of openings after a restart).
	 */
	public void prepare() {
		int year = Year.now(clock).getValue();
		ensureSequence(year, sequenceOf(year));
	}

	/** Creates this year's and next year's sequences at start-up, so New Year's first call finds it. */
	@EventListener(ApplicationReadyEvent.class)
	void prepareAtStartUp() {
		int year = Year.now(clock).getValue();
		ensureSequence(year, sequenceOf(year));
		ensureSequence(year + 1, sequenceOf(year + 1));
	}

	/** The next number; inside the opening's transaction, after {@link #prepare()}. */
	public TicketNumber next() {
		int year = Year.now(clock).getValue();
		String sequence = sequenceOf(year);
		ensureSequence(year, sequence);
		String sql = postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
		Long value = jdbc.queryForObject(sql, Long.class);
		return TicketNumber.of(year, value);
	}

	private static String sequenceOf(int year) {
		return "ticket_number_" + year;
	}

	private void ensureSequence(int year, String sequence) {
		if (ready.contains(year)) {
			return;
		}
		synchronized (this) {
			if (!ready.contains(year)) {
				createOutsideTransaction(sequence);
				ready.add(year);
			}
		}
	}

	/**
	 * DDL on a connection of its own, committed at once: a ticket transaction that rolls back must not
	 * take the sequence with it. Two nodes creating it at the same moment may collide in PostgreSQL's
	 * catalogue; the second attempt then finds it.
	 */
	private void createOutsideTransaction(String sequence) {
		String ddl = "create sequence if not exists " + sequence + " start with 1";
		for (int attempt = 1;; attempt++) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (var statement = connection.createStatement()) {
					statement.execute(ddl);
				}
				return;
			}
			catch (SQLException ex) {
				if (attempt == 3) {
					throw new IllegalStateException("cannot create " + sequence, ex);
				}
			}
		}
	}

}
