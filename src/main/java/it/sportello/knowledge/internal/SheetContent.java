package it.sportello.knowledge.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import it.sportello.knowledge.Audience;
import org.jspecify.annotations.Nullable;

/** Everything an author writes in a sheet: what an edit replaces and an import compares. */
public record SheetContent(String title, String summary, String body, String departmentCode, String officeCode,
		@Nullable String procedureId, List<String> keywords, Set<Audience> audience, LocalDate validFrom,
		@Nullable LocalDate validUntil, List<SheetLink> links, List<AttachmentNote> attachments, List<FaqItem> faq) {

	public SheetContent {
		keywords = List.copyOf(keywords);
		audience = Set.copyOf(audience);
		links = List.copyOf(links);
		attachments = List.copyOf(attachments);
		faq = List.copyOf(faq);
	}

}
