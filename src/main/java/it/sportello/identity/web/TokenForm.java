package it.sportello.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new API token's name (profile page and {@code POST /api/v1/me/tokens}). */
record TokenForm(@NotBlank(message = "{identity.token.name-required}") @Size(max = 80,
		message = "{identity.validation.too-long}") @Nullable String name) {

	static TokenForm empty() {
		return new TokenForm(null);
	}

}
