package it.sportello.shared;

import org.springframework.http.HttpStatus;

/** Input that is well-formed but refers to something unknown or breaks a rule (400). */
public class InvalidInputException extends DomainException {

	private final String field;

	public InvalidInputException(String field, String code, Object... args) {
		super(code, args);
		this.field = field;
	}

	public String field() {
		return field;
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}

}
