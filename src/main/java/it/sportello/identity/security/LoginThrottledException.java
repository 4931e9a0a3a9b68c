package it.sportello.identity.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Refusal of a login attempt, whatever its password, while the account from that address, or the address, is locked. */
public class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("too many failed logins");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** Whole minutes, rounded up, for the message to the user. */
	public long retryAfterMinutes() {
		return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
	}

}
