package it.sportello.shared.ratelimit;

import java.time.Duration;

/** The answer to asking for an attempt: granted, or refused for {@code retryAfter}. */
public record Attempt(boolean granted, Duration retryAfter) {

	static Attempt grantedAttempt() {
		return new Attempt(true, Duration.ZERO);
	}

	/** Whole seconds, rounded up and at least one, for a {@code Retry-After} header. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

	/** Whole minutes, rounded up and at least one, for a message to a person. */
	public long retryAfterMinutes() {
		return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
	}

}
