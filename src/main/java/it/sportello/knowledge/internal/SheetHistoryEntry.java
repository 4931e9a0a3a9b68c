package it.sportello.knowledge.internal;

import java.time.Instant;

import it.sportello.knowledge.SheetState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One step of a sheet's lifecycle: who did what, when, from which state to which. */
@Entity
@Table(name = "knowledge_sheet_history")
class SheetHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String sheetId;

	private String action;

	@Enumerated(EnumType.STRING)
	private @Nullable SheetState fromState;

	@Enumerated(EnumType.STRING)
	private SheetState toState;

	private String byUser;

	private String byName;

	private Instant at;

	private @Nullable String comment;

	SheetHistoryEntry(String sheetId, String action, @Nullable SheetState fromState, SheetState toState,
			String byUser, String byName, Instant at, @Nullable String comment) {
		this.sheetId = sheetId;
		this.action = action;
		this.fromState = fromState;
		this.toState = toState;
		this.byUser = byUser;
		this.byName = byName;
		this.at = at;
		this.comment = comment;
	}

	@SuppressWarnings("NullAway")
	protected SheetHistoryEntry() {
	}

	HistoryView view() {
		return new HistoryView(action, fromState, toState, byUser, byName, at, comment);
	}

}
