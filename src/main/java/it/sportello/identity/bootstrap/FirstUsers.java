package it.sportello.identity.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import it.sportello.identity.Role;
import it.sportello.identity.users.StaffUser;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.identity.users.StaffUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in, without any default password outside the demo: on an empty user
 * table it creates the demo users (demo profile), or the administrator named by
 * {@code SPORTELLO_ADMIN_USERNAME} / {@code SPORTELLO_ADMIN_PASSWORD}, or else prints a one-time code
 * for the {@code /setup} page. Runs on {@link ApplicationStartedEvent}, before any
 * {@code ApplicationRunner}, so other modules' demo data can refer to the demo users.
 */
@Component
class FirstUsers {

	private static final Logger log = LoggerFactory.getLogger(FirstUsers.class);

	static final int MIN_PASSWORD_LENGTH = 10;

	private final StaffUserManagement management;

	private final StaffUsers users;

	private final DemoUsers demoUsers;

	private final SetupCode setupCode;

	private final Environment environment;

	private final boolean demo;

	private final String adminUsername;

	private final String adminPassword;

	FirstUsers(StaffUserManagement management, StaffUsers users, DemoUsers demoUsers, SetupCode setupCode,
			Environment environment, @Value("${sportello.demo.enabled:false}") boolean demo,
			@Value("${sportello.admin.username:}") String adminUsername,
			@Value("${sportello.admin.password:}") String adminPassword) {
		this.management = management;
		this.users = users;
		this.demoUsers = demoUsers;
		this.setupCode = setupCode;
		this.environment = environment;
		this.demo = demo;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
	}

	@EventListener(ApplicationStartedEvent.class)
	void ensureSomeoneCanLogIn() {
		if (management.noUserExists()) {
			if (demo) {
				demoUsers.create();
			}
			else if (!adminUsername.isBlank()) {
				createAdminFromEnvironment();
			}
			else {
				printSetupCode();
			}
		}
		if (demo) {
			printDemoLogins();
		}
	}

	private void createAdminFromEnvironment() {
		if (adminPassword.length() < MIN_PASSWORD_LENGTH) {
			// Starting with a weak or missing administrator password is worse than not starting.
			throw new IllegalStateException("SPORTELLO_ADMIN_PASSWORD must be set, at least " + MIN_PASSWORD_LENGTH
					+ " characters long, when SPORTELLO_ADMIN_USERNAME is");
		}
		StaffUser admin = management.createFirstAdmin(adminUsername, "Amministratore", adminPassword);
		log.info("Creato l'amministratore «{}» da SPORTELLO_ADMIN_USERNAME / SPORTELLO_ADMIN_PASSWORD.", admin.username());
	}

	private void printSetupCode() {
		String code = setupCode.generate();
		log.warn("""

				================================================================
				 Sportello: nessun utente. Crei il primo amministratore su
				   {}/setup
				 con il codice di configurazione:   {}
				 (oppure riavvii con SPORTELLO_ADMIN_USERNAME e SPORTELLO_ADMIN_PASSWORD)
				================================================================""", baseUrl(), code);
	}

	private void printDemoLogins() {
		List<DemoUser> plan = DemoUsers.plan();
		List<String> present = users.findAllByUsernameIn(plan.stream().map(DemoUser::username).toList())
			.stream()
			.map(StaffUser::username)
			.toList();
		Map<Role, String> byRole = plan.stream()
			.filter(user -> present.contains(user.username()))
			.collect(Collectors.groupingBy(DemoUser::role, TreeMap::new,
					Collectors.mapping(DemoUser::username, Collectors.joining(", "))));
		StringBuilder block = new StringBuilder("\n================================================================\n")
			.append(" Sportello (demo): ").append(baseUrl()).append("/login\n")
			.append(" Utenti demo - la password è il nome utente (es. operatore / operatore)\n");
		byRole.forEach((role, names) -> block.append(String.format(" %-20s %s%n", role, names)));
		block.append("================================================================");
		log.info("{}", block);
	}

	private String baseUrl() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port + environment.getProperty("server.servlet.context-path", "");
	}

}
