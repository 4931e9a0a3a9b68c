package it.sportello.identity.users;

import org.jspecify.annotations.Nullable;

/**
 * Published inside identity, in the transaction that changes a user's password at their own request: their
 * other page sessions end, on every node; the one named {@code keptSessionId} (where they changed it) stays.
 */
public record OwnPasswordChanged(String username, @Nullable String keptSessionId) {
}
