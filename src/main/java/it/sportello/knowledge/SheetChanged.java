package it.sportello.knowledge;

import java.time.Instant;

/**
 * Something of a sheet changed: a step of its lifecycle or of an import was recorded ({@code action}: {@code CREATE},
 * {@code EDIT}, {@code PUBLISH}, {@code EXPIRE}, {@code IMPORT}, ...), leaving it in {@code state}. Published,
 * expired and archived sheets also have their own event.
 */
public record SheetChanged(String sheetId, String action, SheetState state, Instant at) {
}
