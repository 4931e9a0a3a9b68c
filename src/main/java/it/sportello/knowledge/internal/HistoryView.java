package it.sportello.knowledge.internal;

import java.time.Instant;

import it.sportello.knowledge.SheetState;
import org.jspecify.annotations.Nullable;

/** One step of a sheet's lifecycle as the API and the pages show it. */
public record HistoryView(String action, @Nullable SheetState fromState, SheetState toState, String byUser,
		String byName, Instant at, @Nullable String comment) {
}
