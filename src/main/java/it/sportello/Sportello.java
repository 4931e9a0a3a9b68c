package it.sportello;

import it.sportello.organization.DirectoryCommand;
import it.sportello.reporting.DashboardCommand;
import it.sportello.telephony.ImportCallsCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sportello: contact-center platform for public administrations.
 * <p>
 * Requirement codes in comments and tests ({@code S-TT1}, {@code S-KB3}, ...) are stated, one a line, in
 * {@code docs/requirements.md}.
 * <p>
 * No {@code @EnableAsync} here: the application runs nothing asynchronously of its own, and Spring Modulith
 * enables asynchronous execution itself for {@code @ApplicationModuleListener}s.
 */
@SpringBootApplication
@EnableScheduling
public class Sportello {

	public static void main(String[] args) {
		SpringApplication application = application(args);
		if (isCommand(args)) {
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

	/** Whether the arguments name a command that runs and exits (import-directory, rebuild-dashboards, import-calls). */
	static boolean isCommand(String... args) {
		return DirectoryCommand.isInvokedBy(args) || DashboardCommand.isInvokedBy(args)
				|| ImportCallsCommand.isInvokedBy(args);
	}

	/** The application for these arguments: a command runs without a web server. */
	public static SpringApplication application(String... args) {
		SpringApplication application = new SpringApplication(Sportello.class);
		if (isCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		return application;
	}

}
