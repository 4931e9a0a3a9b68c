package it.sportello.knowledge.internal;

/** A procedure's published fields were changed in the editor: the search index reads it again once committed. */
record ProcedureEdited(String procedureId) {
}
