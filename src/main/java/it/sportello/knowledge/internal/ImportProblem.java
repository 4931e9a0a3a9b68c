package it.sportello.knowledge.internal;

import org.jspecify.annotations.Nullable;

/**
 * One bad item of an imported file: which file, the item's position (from 0) and id when it has one, the field and
 * why, in the caller's language.
 */
public record ImportProblem(String file, int index, @Nullable String id, String field, String message) {
}
