package it.sportello.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import it.sportello.Sportello;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Application nodes started as a real deployment runs them: several contexts of the demo on one PostgreSQL database
 * of the test's own (dropped and created anew), each with its own port and its own search index.
 */
public final class Nodes {

	private Nodes() {
	}

	/** A fresh database named after the test database and the suffix; its name. */
	public static String freshDatabase(String suffix) throws SQLException {
		String database = TestDatabase.name() + suffix;
		try (Connection connection = DriverManager.getConnection(
				"jdbc:postgresql://" + TestDatabase.host() + ":5432/postgres", TestDatabase.user(), "");
				Statement sql = connection.createStatement()) {
			sql.execute("drop database if exists \"" + database + "\" with (force)");
			sql.execute("create database \"" + database + "\"");
		}
		return database;
	}

	/** One node on the database, with the application's classes and any test sources. */
	public static ConfigurableApplicationContext start(String database, Class<?>... testSources) {
		return start(database, List.of(), testSources);
	}

	/** One node on the database, with settings of its own ({@code --name=value}) and any test sources. */
	public static ConfigurableApplicationContext start(String database, List<String> settings, Class<?>... testSources) {
		Class<?>[] sources = new Class<?>[testSources.length + 1];
		sources[0] = Sportello.class;
		System.arraycopy(testSources, 0, sources, 1, testSources.length);
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://" + TestDatabase.host() + ":5432/" + database,
				"--sportello.index-dir=./target/index/" + database + "-" + UUID.randomUUID()));
		arguments.addAll(settings);
		return new SpringApplicationBuilder(sources).profiles("test", "demo").run(arguments.toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext node) {
		return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	public static void stop(ConfigurableApplicationContext... nodes) {
		for (ConfigurableApplicationContext node : nodes) {
			if (node != null) {
				node.close();
			}
		}
	}

}
