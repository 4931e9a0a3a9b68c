package it.sportello.organization.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of the directory's audit trail as the administrators' list shows it: which record, what happened,
 * and each field that changed with its value before and after.
 *
 * @param entityType {@code DEPARTMENT}, {@code OFFICE} or {@code EMPLOYEE} (a message key suffix)
 * @param action {@code CREATED}, {@code UPDATED} or {@code DELETED} (a message key suffix)
 */
public record DirectoryChangeView(long id, Instant changedAt, String changedBy, String entityType, String entityKey,
		String action, List<Difference> differences) {

	/** A field whose value changed; null stands for "no value". */
	public record Difference(String field, @Nullable String before, @Nullable String after) {
	}

}
