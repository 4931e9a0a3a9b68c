package it.sportello.identity.users;

/**
 * Published inside identity, in the transaction that disables a user or resets their password: whatever they
 * were signed in with (page sessions, API tokens) must stop working at once, on every node.
 */
public record StaffAccessEnded(String username) {
}
