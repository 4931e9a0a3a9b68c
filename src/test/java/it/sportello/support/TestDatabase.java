package it.sportello.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the PostgreSQL test databases once per test run if they do not exist yet, so that
 * {@code ./mvnw verify} needs nothing but a running PostgreSQL: the shared context's, and the module tests'
 * ({@link #modulesName()}).
 */
public class TestDatabase implements LauncherSessionListener {

	public static String host() {
		return env("SPORTELLO_TEST_DB_HOST", "127.0.0.1");
	}

	public static String name() {
		return env("SPORTELLO_TEST_DB", "sportello_test");
	}

	/** The database of the module tests' own contexts ({@link ModuleTestDatabase}). */
	public static String modulesName() {
		return name() + "_modules";
	}

	public static String user() {
		return env("SPORTELLO_TEST_DB_USER", "postgres");
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String url = "jdbc:postgresql://" + host() + ":5432/postgres";
		try (Connection connection = DriverManager.getConnection(url, user(), "")) {
			createIfMissing(connection, name());
			createIfMissing(connection, modulesName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + url
					+ " (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)", ex);
		}
	}

	private static void createIfMissing(Connection connection, String database) throws SQLException {
		try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (ResultSet rs = exists.executeQuery()) {
				if (!rs.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database \"" + database.replace("\"", "") + "\"");
					}
				}
			}
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
