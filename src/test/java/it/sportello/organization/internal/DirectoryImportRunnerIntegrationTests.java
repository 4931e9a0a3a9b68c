package it.sportello.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import it.sportello.organization.DirectoryCommand;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@SportelloIntegrationTest
class DirectoryImportRunnerIntegrationTests {

	@Autowired
	DirectoryImportRunner runner;

	@TempDir
	Path folder;

	private String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		runner.printTo(new PrintStream(out, true, StandardCharsets.UTF_8));
		runner.run(new DefaultApplicationArguments(args));
		runner.printTo(System.out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private void write(DirectoryCsvFiles files) throws Exception {
		Files.writeString(folder.resolve("departments.csv"), files.departments);
		Files.writeString(folder.resolve("offices.csv"), files.offices);
		Files.writeString(folder.resolve("employees.csv"), files.employees);
	}

	@Test
	void theCommandIsRecognisedByItsFirstArgument() {
		assertThat(DirectoryCommand.isInvokedBy("import-directory", "x")).isTrue();
		assertThat(DirectoryCommand.isInvokedBy("--server.port=0")).isFalse();
	}

	@Test
	void importingTheDemoFolderChangesNothingAndExitsWithZero() throws Exception {
		write(DirectoryCsvFiles.demo());

		String output = run(DirectoryCommand.NAME, folder.toString());

		assertThat(runner.getExitCode()).isZero();
		assertThat(output).contains("dipendenti   creati 0, modificati 0, invariati 832", "importazione completata");
	}

	@Test
	void aDryRunWithABadRowPrintsFileLineAndReasonAndExitsWithOne() throws Exception {
		write(DirectoryCsvFiles.demo().employees(text -> text.replace("@regione.basilicata.example;piano terra, stanza 002",
				"#regione.basilicata.example;piano terra, stanza 002")));

		String output = run(DirectoryCommand.NAME, folder.toString(), "--dry-run");

		assertThat(runner.getExitCode()).isEqualTo(1);
		assertThat(output).contains("employees.csv:3: [email] indirizzo e-mail non valido");
	}

	@Test
	void aMissingFolderIsAUsageErrorWithTwo() {
		run(DirectoryCommand.NAME, folder.resolve("none").toString());

		assertThat(runner.getExitCode()).isEqualTo(2);
	}

}
