package it.sportello.knowledge;

import java.time.Instant;

/** The office head sent the Information Society office the formal notice of an approved sheet (S-AC3). */
public record SheetNoticeSent(String sheetId, String by, Instant at) {
}
