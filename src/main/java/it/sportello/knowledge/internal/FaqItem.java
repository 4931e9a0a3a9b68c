package it.sportello.knowledge.internal;

/** A question and its answer as written in a sheet (and copied into each published version). */
public record FaqItem(String id, String question, String answer) {
}
