/**
 * Limits on failed attempts (logins, guesses at a public form) counted in the database, so that they hold
 * under a burst of parallel requests and across every application node.
 */
@org.jspecify.annotations.NullMarked
package it.sportello.shared.ratelimit;
