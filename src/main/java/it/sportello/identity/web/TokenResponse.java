package it.sportello.identity.web;

import java.time.Instant;

import it.sportello.identity.tokens.ApiToken;
import org.jspecify.annotations.Nullable;

/** One of the user's tokens, without its secret. */
record TokenResponse(long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt) {

	static TokenResponse of(ApiToken token) {
		return new TokenResponse(token.id(), token.name(), token.prefix(), token.createdAt(), token.lastUsedAt());
	}

}
