package it.sportello.knowledge.internal;

/**
 * Where the revision of a published sheet stands: none open, being written, signed by both approvers, notified to the
 * Information Society office (only a substantial change is). The sheet's own state stays {@code ACTIVE} or
 * {@code EXPIRED} meanwhile: operators keep the version in use.
 */
public enum RevisionStage {

	NONE, DRAFT, APPROVED, NOTIFIED

}
