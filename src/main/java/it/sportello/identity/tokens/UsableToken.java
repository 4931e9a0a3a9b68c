package it.sportello.identity.tokens;

import java.time.Instant;

import it.sportello.identity.users.StaffUser;
import org.jspecify.annotations.Nullable;

/** A token that is not revoked, with its enabled owner: what one query answers for a bearer token. */
record UsableToken(long tokenId, @Nullable Instant lastUsedAt, StaffUser owner) {
}
