package it.sportello.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every Spring test context starts on an empty schema with all migrations applied. */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseConfiguration {

	@Bean
	FlywayMigrationStrategy cleanMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
