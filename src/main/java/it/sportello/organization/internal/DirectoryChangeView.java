package it.sportello.organization.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the directory's audit trail, for the administrators' list. */
public record DirectoryChangeView(long id, Instant changedAt, String changedBy, String entityType, String entityKey,
		String action, @Nullable String before, @Nullable String after) {
}
