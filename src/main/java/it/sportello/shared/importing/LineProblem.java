package it.sportello.shared.importing;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a line of an imported file, as a message code with its arguments (resolved in the reader's
 * language where it is shown). Line 0 is the file as a whole, line 1 its header.
 */
public record LineProblem(String file, long line, @Nullable String field, String code, Object... args) {
}
