package it.sportello.shared;

import org.springframework.http.HttpStatus;

/** The user is known but their role may not do this (403). */
public class ForbiddenException extends DomainException {

	public ForbiddenException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

}
