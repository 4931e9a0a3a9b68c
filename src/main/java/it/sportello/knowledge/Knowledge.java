package it.sportello.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The knowledge portal as other modules see it: the information sheets operators may answer from (S-KB8).
 * <p>
 * An indexer lists {@link #usableSheets} page by page and then follows the events: {@link SheetPublished} (a new
 * version in use: read it with {@link #usableSheetContent}), {@link SheetExpired} and {@link SheetArchived} (no longer
 * usable), {@link SheetChanged} (any recorded step). A sheet also stops being usable at the end of its last day
 * (Europe/Rome) before the expiry job marks it: {@code validUntil} says when.
 */
public interface Knowledge {

	/**
	 * The sheet if operators may use it today (published and inside its validity, by the Europe/Rome date of the
	 * application's clock), with the version in use; empty for drafts, expired, archived or unknown sheets.
	 */
	Optional<SheetReference> usableSheet(String id);

	/** The sheet's text as operators see it today; empty when it is not usable. */
	Optional<UsableSheet> usableSheetContent(String id);

	/**
	 * The bytes of a file attached to a sheet usable today (one of its {@link UsableSheet#attachments}); empty when the
	 * sheet is not usable or the file is not one of that sheet's.
	 */
	Optional<it.sportello.shared.attachments.AttachmentContent> usableSheetAttachment(String sheetId, long attachmentId);

	/** One page (from 0, by id) of the sheets usable today, with their text; an empty list after the last. */
	List<UsableSheet> usableSheets(int page, int size);

	/**
	 * A sheet's or a FAQ's Markdown text (a {@link UsableSheet}'s body or answer) as the knowledge portal shows it: HTML
	 * with scripts, raw HTML, event handlers and unsafe links taken out, safe to put in a page as it is.
	 */
	String toSafeHtml(String markdown);

}
