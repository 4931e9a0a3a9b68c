package it.sportello.knowledge.internal;

/**
 * What "use in answer" puts into a ticket's answer: the text quoted from the version in use, and which version of
 * which sheet it is ({@code itemType} {@code SHEET}), for the ticket to keep with its answer.
 */
public record SheetQuote(String text, String itemType, String itemId, int version) {
}
