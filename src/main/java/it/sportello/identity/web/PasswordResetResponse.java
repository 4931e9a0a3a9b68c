package it.sportello.identity.web;

/** The temporary password after a reset, shown once to the administrator. */
record PasswordResetResponse(String username, String temporaryPassword) {
}
