package it.sportello.knowledge.internal;

/** A link from a sheet to an institutional page. */
public record SheetLink(String title, String url) {
}
