package it.sportello.knowledge.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import it.sportello.knowledge.Audience;
import org.jspecify.annotations.Nullable;

/**
 * A sheet's text as its authors send it: the department comes from the office; a FAQ without an id is new and gets
 * the next id of the series.
 */
public record SheetDraft(String title, String summary, String body, String officeCode, @Nullable String procedureId,
		List<String> keywords, Set<Audience> audience, LocalDate validFrom, @Nullable LocalDate validUntil,
		List<SheetLink> links, List<DraftFaq> faq) {

	/** A question and answer of a draft; {@code id} null for a new one. */
	public record DraftFaq(@Nullable String id, String question, String answer) {
	}

}
