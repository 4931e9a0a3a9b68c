package it.sportello.knowledge.internal;

/** A FAQ with its answer rendered (sanitised HTML), and the sheet it belongs to. */
public record FaqView(String id, String sheetId, String question, String answer, String answerHtml) {
}
