package it.sportello.shared.ratelimit;

import java.time.Duration;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A request refused because its key used up its attempts: answered 429 with {@code Retry-After}. */
public class TooManyAttemptsException extends DomainException {

	private final transient Attempt refused;

	public TooManyAttemptsException(Attempt refused, String code) {
		super(code, refused.retryAfterMinutes());
		this.refused = refused;
	}

	public Duration retryAfter() {
		return refused.retryAfter();
	}

	public long retryAfterSeconds() {
		return refused.retryAfterSeconds();
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.TOO_MANY_REQUESTS;
	}

}
