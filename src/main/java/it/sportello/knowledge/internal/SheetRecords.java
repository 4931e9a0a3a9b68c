package it.sportello.knowledge.internal;

import java.time.Instant;

import it.sportello.knowledge.SheetState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What a sheet leaves behind as it moves: a step in its history, and a version each time it is published. */
@Component
class SheetRecords {

	private final SheetHistoryRepository history;

	private final SheetVersionRepository versions;

	private final org.springframework.context.ApplicationEventPublisher events;

	SheetRecords(SheetHistoryRepository history, SheetVersionRepository versions,
			org.springframework.context.ApplicationEventPublisher events) {
		this.history = history;
		this.versions = versions;
		this.events = events;
	}

	void step(Sheet sheet, String action, @Nullable SheetState from, String byUser, String byName, Instant at,
			@Nullable String comment) {
		history.save(new SheetHistoryEntry(sheet.id(), action, from, sheet.state(), byUser, byName, at, comment));
		events.publishEvent(new it.sportello.knowledge.SheetChanged(sheet.id(), action, sheet.state(), at));
	}

	/** Copies the sheet as it is into a new version, which operators answer from from now on. */
	int publish(Sheet sheet, String by, Instant at, boolean substantial) {
		int number = sheet.publishedVersion() + 1;
		versions.save(new SheetVersion(sheet.id(), number, sheet.content(), by, at, substantial));
		sheet.published(number);
		return number;
	}

	/** The content of the version operators see now, to compare an imported text against. */
	java.util.Optional<VersionView> published(Sheet sheet) {
		return versions.findBySheetIdAndNumber(sheet.id(), sheet.publishedVersion()).map(SheetVersion::view);
	}

}
