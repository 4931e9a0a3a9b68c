package it.sportello.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import it.sportello.Sportello;
import it.sportello.organization.DirectoryCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar … import-directory DIR} starts the application the way {@code main} does: without a
 * web server (so nothing web-only may be required), and the import's outcome as the exit status.
 */
class DirectoryCommandStartTests {

	@TempDir
	Path folder;

	@Test
	void theImportCommandStartsWithoutAWebServerAndExitsWithTheImportsStatus() throws Exception {
		DirectoryCsvFiles files = DirectoryCsvFiles.demo();
		Files.writeString(folder.resolve("departments.csv"), files.departments);
		Files.writeString(folder.resolve("offices.csv"), files.offices);
		Files.writeString(folder.resolve("employees.csv"), files.employees);
		String[] args = { DirectoryCommand.NAME, folder.toString(),
				"--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--spring.datasource.username=sa", "--sportello.index-dir=" + folder.resolve("index") };

		try (ConfigurableApplicationContext context = Sportello.application(args).run(args)) {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

}
