package it.sportello.knowledge.internal;

import java.time.LocalDate;

import it.sportello.knowledge.SheetState;
import org.jspecify.annotations.Nullable;

/** A sheet in a list. */
public record SheetSummary(String id, String title, String summary, SheetState state, String departmentCode,
		String officeCode, LocalDate validFrom, @Nullable LocalDate validUntil, int publishedVersion) {
}
