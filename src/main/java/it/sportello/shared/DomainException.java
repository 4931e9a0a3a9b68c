package it.sportello.shared;

import org.springframework.http.HttpStatus;

/**
 * A refusal that a person should understand: it carries a message code (resolved in the caller's
 * language by the problem-detail advice) and the HTTP status the API answers with.
 */
public abstract class DomainException extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	protected DomainException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args;
	}

	public abstract HttpStatus status();

}
