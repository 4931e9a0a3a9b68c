package it.sportello.identity.web;

import java.time.Instant;

import it.sportello.identity.tokens.IssuedToken;

/** A token just created: the only response that ever carries the secret. */
record IssuedTokenResponse(long id, String name, String prefix, String token, Instant createdAt) {

	static IssuedTokenResponse of(IssuedToken issued) {
		return new IssuedTokenResponse(issued.token().id(), issued.token().name(), issued.token().prefix(),
				issued.secret().value(), issued.token().createdAt());
	}

}
