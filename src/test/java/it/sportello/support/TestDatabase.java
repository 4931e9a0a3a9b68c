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
 * Creates the PostgreSQL test database once per test run if it does not exist yet, so that
 * {@code ./mvnw verify} needs nothing but a running PostgreSQL.
 */
public class TestDatabase implements LauncherSessionListener {

	public static String host() {
		return env("SPORTELLO_TEST_DB_HOST", "127.0.0.1");
	}

	public static String name() {
		return env("SPORTELLO_TEST_DB", "sportello_test");
	}

	public static String user() {
		return env("SPORTELLO_TEST_DB_USER", "postgres");
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String url = "jdbc:postgresql://" + host() + ":5432/postgres";
		try (Connection connection = DriverManager.getConnection(url, user(), "");
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, name());
			try (ResultSet rs = exists.executeQuery()) {
				if (!rs.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database \"" + name().replace("\"", "") + "\"");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + url
					+ " (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
