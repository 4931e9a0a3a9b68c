package it.sportello.identity.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Body of {@code PUT /api/v1/users/{username}/status}. */
record UserStatusRequest(@NotNull(message = "{identity.validation.required}") @Nullable Boolean enabled) {
}
