package it.sportello.knowledge.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An information need as the API and the board show it: what, why, by when, who opened it, whether the department's
 * support is engaged, the draft sheet it links to and where it stands ({@code stage}); {@code actions} are what the
 * reader may do now ({@code ENGAGE_SUPPORT}, {@code START_DRAFT}).
 */
public record NeedView(String id, NeedStage stage, String departmentCode, String officeCode,
		@Nullable String officeName, @Nullable String procedureId, @Nullable String procedureName, String subject,
		String reason, LocalDate neededBy, boolean late, String openedBy, String openedByName, Instant openedAt,
		@Nullable String engagedBy, @Nullable Instant engagedAt, @Nullable String sheetId,
		@Nullable String sheetTitle, java.util.List<NeedAction> actions, long version) {
}
