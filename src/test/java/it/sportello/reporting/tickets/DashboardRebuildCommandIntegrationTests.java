package it.sportello.reporting.tickets;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar sportello.jar rebuild-dashboards}: the runner rebuilds and says how much; without it, nothing. */
@SportelloIntegrationTest
class DashboardRebuildCommandIntegrationTests {

	@Autowired
	DashboardRebuildRunner runner;

	@Autowired
	JdbcClient jdbc;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@AfterEach
	void printToTheConsoleAgain() {
		runner.printTo(System.out);
	}

	@Test
	void theCommandRebuildsEveryTicketAndPrintsHowMany() {
		runner.printTo(new PrintStream(printed, true, StandardCharsets.UTF_8));
		runner.run(new DefaultApplicationArguments("rebuild-dashboards"));
		long tickets = jdbc.sql("select count(*) from ticket").query(Long.class).single();
		assertThat(printed.toString(StandardCharsets.UTF_8))
			.matches("cruscotti ricostruiti: " + tickets + " ticket, \\d+ eventi\\R");
		assertThat(jdbc.sql("select count(*) from report_ticket").query(Long.class).single()).isEqualTo(tickets);
	}

	@Test
	void withoutTheCommandNothingIsRebuilt() {
		runner.printTo(new PrintStream(printed, true, StandardCharsets.UTF_8));
		runner.run(new DefaultApplicationArguments("import-directory", "x"));
		assertThat(printed.size()).isZero();
	}

}
