package it.sportello.channels.phone;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import it.sportello.ticketing.ConsoleGreeting;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The greeting (S-CH2): the welcome message the switch's IVR plays and the operator's greeting script, both set by the
 * manager. Until the manager sets them, the welcome message is {@code sportello.cti.welcome-message} and the console
 * shows {@code sportello.console.greeting}.
 */
@Service("greetings")
public class Greetings implements ConsoleGreeting {

	private final JdbcTemplate jdbc;

	private final CtiProperties properties;

	private final Clock clock;

	Greetings(JdbcTemplate jdbc, CtiProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Both texts; {@code greetingScript} is null while the manager has not set one. */
	public record Greeting(String welcomeMessage, @Nullable String greetingScript) {
	}

	@Transactional(readOnly = true)
	public Greeting current() {
		List<Greeting> stored = jdbc.query("select welcome_message, greeting_script from greeting_setting where id = 1",
				(row, i) -> new Greeting(row.getString(1), row.getString(2)));
		return stored.isEmpty() ? new Greeting(properties.welcomeMessage(), null) : stored.get(0);
	}

	@Override
	public Optional<String> script() {
		return Optional.ofNullable(current().greetingScript());
	}

	/** Sets both texts; only the manager (and the administrator) may. */
	@Transactional
	public Greeting change(@Nullable String welcomeMessage, @Nullable String greetingScript, StaffMember by) {
		if (!by.is(Role.MANAGER, Role.ADMIN)) {
			throw new ForbiddenException("greeting.forbidden");
		}
		String welcome = required(welcomeMessage, "welcomeMessage", 1000);
		String script = required(greetingScript, "greetingScript", 500);
		try {
			// The script is a MessageFormat pattern ({0} = the operator's first name): refuse one that cannot render.
			new java.text.MessageFormat(script).format(new Object[] { "Claudio" });
		}
		catch (IllegalArgumentException malformed) {
			throw new InvalidInputException("greetingScript", "greeting.script.malformed");
		}
		Timestamp now = Timestamp.from(clock.instant());
		int updated = jdbc.update(
				"update greeting_setting set welcome_message = ?, greeting_script = ?, updated_by = ?, updated_at = ? where id = 1",
				welcome, script, by.username(), now);
		if (updated == 0) {
			jdbc.update("""
					insert into greeting_setting (id, welcome_message, greeting_script, updated_by, updated_at)
					values (1, ?, ?, ?, ?)""", welcome, script, by.username(), now);
		}
		return new Greeting(welcome, script);
	}

	private static String required(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "greeting.required");
		}
		if (value.strip().length() > max) {
			throw new InvalidInputException(field, "greeting.too-long", max);
		}
		return value.strip();
	}

}
