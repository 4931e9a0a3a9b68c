package it.sportello.knowledge.internal;

import java.util.List;

/**
 * What changed in a sheet's text since its last published version: for each field (title, summary, body, FAQ,
 * validity) the text as runs that stayed, were deleted or were inserted; an approver reads it before signing.
 *
 * @param base the published version compared against
 * @param target what is compared: {@code REVISION} (the open revision) or {@code SHEET} (the sheet as it is)
 */
public record SheetDiff(String sheetId, int base, String target, boolean changed, List<FieldDiff> fields) {

	/** One field's differences; {@code changed} false when it is as published. */
	public record FieldDiff(String field, boolean changed, List<Segment> segments) {
	}

	/** A run of text that stayed ({@code EQUAL}), was deleted ({@code DELETE}) or inserted ({@code INSERT}). */
	public record Segment(Kind kind, String text) {
	}

	public enum Kind {

		EQUAL, DELETE, INSERT

	}

}
