package it.sportello;

import it.sportello.organization.DirectoryCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sportello: contact-center platform for public administrations. */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class Sportello {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(Sportello.class);
		if (DirectoryCommand.isInvokedBy(args)) {
			// A command, not a server: no web server, and the import's outcome as the exit status.
			application.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
