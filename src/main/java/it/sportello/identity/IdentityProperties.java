package it.sportello.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of identity. Bound from {@code sportello} because two of them predate the module's own prefix and
 * are documented as they are: {@code sportello.admin.*} (the first administrator from the environment) and
 * {@code sportello.demo.enabled}; the rest is under {@code sportello.identity}.
 *
 * @param identity login throttling and API tokens
 * @param admin the first administrator, created at start-up while no user exists
 * @param demo whether the demo users are created
 */
@ConfigurationProperties("sportello")
public record IdentityProperties(@DefaultValue Identity identity, @DefaultValue Admin admin, @DefaultValue Demo demo) {

	public Login login() {
		return identity.login();
	}

	public Tokens tokens() {
		return identity.tokens();
	}

	/** {@code sportello.identity.*} */
	public record Identity(@DefaultValue Login login, @DefaultValue Tokens tokens) {
	}

	/**
	 * {@code sportello.identity.login.*}: failed logins allowed per account and address, and per address across
	 * accounts, within the window; reaching either limit refuses that pair or address for the lockout.
	 */
	public record Login(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("50") int maxFailuresPerAddress,
			@DefaultValue("PT15M") Duration window, @DefaultValue("PT15M") Duration lockout) {
	}

	/**
	 * {@code sportello.identity.tokens.*}: how often a token's last use is written at most, and how long a verified
	 * token is trusted without asking the database again (a revocation on another node counts after that; zero asks
	 * every time).
	 */
	public record Tokens(@DefaultValue("PT1M") Duration lastUseInterval, @DefaultValue("PT5S") Duration verifiedFor) {
	}

	/** {@code sportello.admin.*} */
	public record Admin(@DefaultValue("") String username, @DefaultValue("") String password) {

		@Override
		public String toString() {
			// Never let the password reach a log line or an actuator page.
			return "Admin[" + username + "]";
		}

	}

	/** {@code sportello.demo.*} */
	public record Demo(@DefaultValue("false") boolean enabled) {
	}

}
