package it.sportello.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A sheet operators may use today, with the text of the version in use (not of a revision being written), for an
 * indexer or any module that shows it: its FAQ, keywords, audience, department and office, validity, links to
 * institutional sites and the files attached to it (forms, calls, tables, diagrams; their bytes through
 * {@link Knowledge#usableSheetAttachment}).
 */
public record UsableSheet(String id, int version, String title, String summary, String body, List<String> keywords,
		Set<Audience> audience, String departmentCode, String officeCode, @Nullable String procedureId,
		LocalDate validFrom, @Nullable LocalDate validUntil, List<Faq> faq, List<Link> links,
		List<Attachment> attachments) {

	/** A FAQ of the version in use. */
	public record Faq(String id, String question, String answer) {
	}

	/** A link to an institutional site: always an absolute http or https address. */
	public record Link(String title, String url) {
	}

	/**
	 * A file attached to the sheet: its title, the name it came with, the media type detected from its content and its
	 * size in bytes.
	 */
	public record Attachment(long id, String title, String name, String mediaType, long size) {
	}

}
