package it.sportello.knowledge.internal;

import it.sportello.knowledge.SheetState;
import org.jspecify.annotations.Nullable;

/**
 * Where an information need stands, the columns of the information-need board: opened, the department's support
 * engaged, the sheet being drafted, then the sheet's own way (approved, notified, published). A need whose sheet
 * expired or was archived is done as well.
 */
public enum NeedStage {

	OPEN, SUPPORT_ENGAGED, DRAFTING, APPROVED, NOTIFIED, PUBLISHED;

	static NeedStage of(Need need, @Nullable SheetState sheetState) {
		if (sheetState == null) {
			return need.engaged() ? SUPPORT_ENGAGED : OPEN;
		}
		return switch (sheetState) {
			case DRAFT -> DRAFTING;
			case APPROVED -> APPROVED;
			case NOTIFIED -> NOTIFIED;
			case ACTIVE, EXPIRED, ARCHIVED -> PUBLISHED;
		};
	}

}
