package it.sportello.identity.users;

/**
 * Published inside identity when a user's password, role or state changes, so that caches of
 * verified credentials (API tokens) forget what they knew about the user.
 */
public record StaffUserChanged(String username) {
}
