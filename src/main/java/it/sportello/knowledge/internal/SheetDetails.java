package it.sportello.knowledge.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import it.sportello.knowledge.Audience;
import it.sportello.knowledge.SheetState;
import org.jspecify.annotations.Nullable;

/**
 * A sheet as the API and the sheet page show it: its text (Markdown and sanitised HTML), references, FAQ, sign-offs,
 * versions, history, and the lifecycle actions the reader may take now. {@code version} is its entity tag.
 */
public record SheetDetails(String id, SheetState state, boolean usable, String title, String summary, String body,
		String bodyHtml, String departmentCode, String officeCode, @Nullable String officeName,
		@Nullable ProcedureView procedure, List<String> keywords, Set<Audience> audience, LocalDate validFrom,
		@Nullable LocalDate validUntil, List<SheetLink> links, List<AttachmentNote> attachments, List<SheetFileView> files, List<FaqView> faq,
		SignOffs signOffs, int publishedVersion, List<VersionSummary> versions, List<HistoryView> history,
		List<SheetAction> actions, @Nullable RevisionView revision, @JsonIgnore long version) {

	/** A published version in the list of a sheet's versions. */
	public record VersionSummary(int number, String title, String publishedBy, Instant publishedAt) {
	}

}
