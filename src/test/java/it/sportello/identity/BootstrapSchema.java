package it.sportello.identity;

/**
 * Properties that put a test context on its own PostgreSQL schema, for tests that need an empty
 * user table: their clean start must not wipe the shared schema under other cached contexts.
 */
final class BootstrapSchema {

	static final String NAME = "identity_bootstrap";

	static final String URL = "spring.datasource.url=jdbc:postgresql://${SPORTELLO_TEST_DB_HOST:127.0.0.1}:5432/"
			+ "${SPORTELLO_TEST_DB:sportello_test}?currentSchema=" + NAME;

	static final String FLYWAY = "spring.flyway.schemas=" + NAME;

	static final String HIBERNATE = "spring.jpa.properties.hibernate.default_schema=" + NAME;

	private BootstrapSchema() {
	}

}
