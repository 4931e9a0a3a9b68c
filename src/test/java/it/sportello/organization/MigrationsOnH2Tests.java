package it.sportello.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The embedded default database runs the same migrations as PostgreSQL (H2 in PostgreSQL mode). */
class MigrationsOnH2Tests {

	@Test
	void allMigrationsRunOnH2InPostgreSqlMode() {
		Flyway flyway = Flyway.configure()
			.dataSource("jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "")
			.locations("classpath:db/migration")
			.load();

		assertThat(flyway.migrate().success).isTrue();
	}

}
