package it.sportello.knowledge.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The open revision of a published sheet: its text as the authors wrote it (a FAQ without id is new), who started it,
 * the two sign-offs and the "substantial change" mark, which makes the notice and the training repeat.
 */
public record RevisionView(RevisionStage stage, SheetDraft draft, String bodyHtml, String startedBy,
		Instant startedAt, @Nullable String urpSignedBy, @Nullable Instant urpSignedAt, @Nullable String headSignedBy,
		@Nullable Instant headSignedAt, boolean substantial, @Nullable String substantialBy,
		@Nullable Instant substantialAt) {
}
