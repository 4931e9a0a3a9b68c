package it.sportello.shared;

import org.springframework.http.HttpStatus;

/** A request that the current state does not allow, e.g. a ticket transition from the wrong state (409). */
public class ConflictException extends DomainException {

	public ConflictException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}

}
