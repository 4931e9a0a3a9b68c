package it.sportello.ticketing;

import java.util.Optional;

/**
 * The greeting script the first-level console shows (S-CH2), when the manager has set one: a {@code MessageFormat}
 * pattern whose {@code {0}} is the operator's first name. Without one the console shows
 * {@code sportello.console.greeting}.
 */
public interface ConsoleGreeting {

	Optional<String> script();

}
