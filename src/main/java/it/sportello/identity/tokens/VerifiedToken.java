package it.sportello.identity.tokens;

import it.sportello.identity.StaffMember;

/** A token that is known, not revoked, and whose owner is enabled. */
public record VerifiedToken(long tokenId, StaffMember owner) {
}
