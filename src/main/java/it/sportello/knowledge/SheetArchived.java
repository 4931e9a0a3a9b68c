package it.sportello.knowledge;

import java.time.Instant;

/** A sheet was withdrawn for good. */
public record SheetArchived(String sheetId, String by, Instant at) {
}
