package it.sportello.knowledge;

import java.time.Instant;

/** A sheet's version was published: from now on operators answer from it. */
public record SheetPublished(String sheetId, int version, String by, Instant at) {
}
