package it.sportello.organization.internal;

/** A record's data as read from a file, with the key and line it came from. */
record Sourced<T>(String key, int line, T data) {
}
