package it.sportello.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A sheet operators may use today, with the text of the version in use (not of a revision being written), for an
 * indexer or any module that shows it: its FAQ, keywords, audience, department and office, and validity.
 */
public record UsableSheet(String id, int version, String title, String summary, String body, List<String> keywords,
		Set<Audience> audience, String departmentCode, String officeCode, @Nullable String procedureId,
		LocalDate validFrom, @Nullable LocalDate validUntil, List<Faq> faq) {

	/** A FAQ of the version in use. */
	public record Faq(String id, String question, String answer) {
	}

}
