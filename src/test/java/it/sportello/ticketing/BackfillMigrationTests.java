package it.sportello.ticketing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import it.sportello.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V10 mends tickets stored before V8: a returned ticket leaves the department's scope, and an answer relayed to first
 * level gets the level that found it. On PostgreSQL and on the embedded H2, from a database at V9 with such rows.
 */
class BackfillMigrationTests {

	@Test
	void mendsReturnedAndRelayedTicketsOnPostgreSql() throws SQLException {
		String scratch = TestDatabase.name() + "_backfill";
		String server = "jdbc:postgresql://" + TestDatabase.host() + ":5432/";
		try (Connection admin = DriverManager.getConnection(server + "postgres", TestDatabase.user(), "");
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists \"" + scratch + "\"");
			statement.execute("create database \"" + scratch + "\"");
		}
		try {
			mends(new DriverManagerDataSource(server + scratch, TestDatabase.user(), ""));
		}
		finally {
			try (Connection admin = DriverManager.getConnection(server + "postgres", TestDatabase.user(), "");
					Statement statement = admin.createStatement()) {
				statement.execute("drop database if exists \"" + scratch + "\" with (force)");
			}
		}
	}

	@Test
	void mendsReturnedAndRelayedTicketsOnH2() {
		mends(new DriverManagerDataSource(
				"jdbc:h2:mem:backfill;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", ""));
	}

	private static void mends(DriverManagerDataSource dataSource) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("9").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long returned = ticket(jdbc, "2025-000001", "ESCALATED", "AGRI");
		history(jdbc, returned, "RETURNED_TO_BACK_OFFICE", "ASSIGNED");
		long relayedByDepartment = ticket(jdbc, "2025-000002", "ANSWER_RELAYED", "AGRI");
		history(jdbc, relayedByDepartment, "ANSWER_RELAYED", "ASSIGNED");
		long relayedByBackOffice = ticket(jdbc, "2025-000003", "ANSWER_RELAYED", null);
		history(jdbc, relayedByBackOffice, "ANSWER_RELAYED", "ESCALATED");
		long assigned = ticket(jdbc, "2025-000004", "ASSIGNED", "SALU");

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

		assertThat(column(jdbc, "department_code", returned)).isNull();
		assertThat(column(jdbc, "department_code", assigned)).isEqualTo("SALU");
		assertThat(column(jdbc, "answered_at_level", relayedByDepartment)).isEqualTo("DEPARTMENT");
		assertThat(column(jdbc, "answered_at_level", relayedByBackOffice)).isEqualTo("BACK_OFFICE");
		assertThat(column(jdbc, "answered_at_level", assigned)).isNull();
	}

	private static long ticket(JdbcTemplate jdbc, String number, String state, String department) {
		jdbc.update("""
				insert into ticket (number, version, channel, category_code, subject, description, citizen_id, state,
				                    department_code, opened_by, opened_at, updated_at)
				values (?, 0, 'PHONE', 'INFORMAZIONI', 'Oggetto', 'Descrizione', 1, ?, ?, 'operatore',
				        current_timestamp, current_timestamp)""", number, state, department);
		return jdbc.queryForObject("select id from ticket where number = ?", Long.class, number);
	}

	private static void history(JdbcTemplate jdbc, long ticketId, String action, String fromState) {
		jdbc.update("""
				insert into ticket_history (ticket_id, occurred_at, actor, actor_name, action, from_state)
				values (?, current_timestamp, 'backoffice', 'Back office', ?, ?)""", ticketId, action, fromState);
	}

	private static String column(JdbcTemplate jdbc, String column, long ticketId) {
		return jdbc.queryForObject("select " + column + " from ticket where id = ?", String.class, ticketId);
	}

}
