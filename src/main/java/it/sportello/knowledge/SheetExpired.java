package it.sportello.knowledge;

import java.time.Instant;

/** A published sheet reached the end of its last day (Europe/Rome) or was marked expired: operators no longer use it. */
public record SheetExpired(String sheetId, int version, String by, Instant at) {
}
