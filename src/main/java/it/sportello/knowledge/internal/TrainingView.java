package it.sportello.knowledge.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A training session: the sheet and version it is about, when, where (a place or a link), the guidelines; for the
 * reader whether they confirmed; for the manager and the back office who confirmed and which operators have not yet
 * ({@code confirmed} and {@code notConfirmed}, empty for others).
 */
public record TrainingView(long id, String sheetId, String sheetTitle, int sheetVersion, Instant scheduledAt,
		String place, boolean placeIsLink, String guidelines, String createdBy, @Nullable Instant confirmedByMeAt,
		List<Confirmation> confirmed, List<String> notConfirmed) {

	/** Who confirmed and when. */
	public record Confirmation(String username, String displayName, Instant at) {
	}

}
