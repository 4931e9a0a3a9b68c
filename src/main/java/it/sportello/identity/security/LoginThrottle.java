package it.sportello.identity.security;

import java.util.Locale;

import it.sportello.identity.IdentityProperties;
import it.sportello.shared.ratelimit.Attempt;
import it.sportello.shared.ratelimit.AttemptKey;
import it.sportello.shared.ratelimit.AttemptLimit;
import it.sportello.shared.ratelimit.AttemptLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Failed logins are limited per account and address (5 in 15 minutes by default) and per address across
 * accounts (50, as a whole office may share one address). Either limit refuses that pair or that address for
 * a while; an account is never locked for every address, so nobody can lock a colleague out by typing wrong
 * passwords from elsewhere.
 * <p>
 * Each login takes an attempt before its password is checked, and gives it back when the password was
 * right: so of a burst of parallel guesses no more than the limit are ever checked, on any number of nodes.
 */
@Component
class LoginThrottle {

	private final AttemptLimits limits;

	private final AttemptLimit perAccountAndAddress;

	private final AttemptLimit perAddress;

	LoginThrottle(AttemptLimits limits, IdentityProperties properties) {
		IdentityProperties.Login login = properties.login();
		this.limits = limits;
		this.perAccountAndAddress = new AttemptLimit(login.maxFailuresPerUser(), login.window(), login.lockout());
		this.perAddress = new AttemptLimit(login.maxFailuresPerAddress(), login.window(), login.lockout());
	}

	/** A login about to check a password: the attempt it takes, or the refusal. */
	Ticket begin(String username, @Nullable String address) {
		String client = address == null ? "unknown" : address;
		AttemptKey pair = new AttemptKey("login-account", username.strip().toLowerCase(Locale.ROOT), client);
		AttemptKey fromAddress = new AttemptKey("login-address", client);
		Attempt forPair = limits.attempt(pair, perAccountAndAddress);
		if (!forPair.granted()) {
			throw new LoginThrottledException(forPair.retryAfter());
		}
		Attempt forAddress = limits.attempt(fromAddress, perAddress);
		if (!forAddress.granted()) {
			// Refused for the address: this pair's attempt was never checked.
			limits.giveBack(pair);
			throw new LoginThrottledException(forAddress.retryAfter());
		}
		return new Ticket(pair, fromAddress);
	}

	/** The password was right: the pair starts afresh, and the address's attempt does not count. */
	void succeeded(Ticket ticket) {
		limits.reset(ticket.pair());
		limits.giveBack(ticket.address());
	}

	/** The attempt ended in no verdict on the password (e.g. the database failed): it does not count. */
	void undecided(Ticket ticket) {
		limits.giveBack(ticket.pair());
		limits.giveBack(ticket.address());
	}

	record Ticket(AttemptKey pair, AttemptKey address) {
	}

}
