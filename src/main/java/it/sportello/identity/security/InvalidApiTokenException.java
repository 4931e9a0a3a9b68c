package it.sportello.identity.security;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that is malformed, unknown, revoked, or whose owner is disabled. */
class InvalidApiTokenException extends AuthenticationException {

	InvalidApiTokenException() {
		super("invalid API token");
	}

}
