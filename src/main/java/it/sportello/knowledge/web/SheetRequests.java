package it.sportello.knowledge.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import it.sportello.knowledge.Audience;
import it.sportello.knowledge.internal.SheetDraft;
import it.sportello.knowledge.internal.SheetLink;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The bodies of the sheet API's requests. */
final class SheetRequests {

	private SheetRequests() {
	}

	/** A sheet's text, for a new draft or an edit. */
	record Draft(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 1000) String summary,
			@NotBlank @Size(max = 100_000) String body, @NotBlank @Size(max = 32) String officeCode,
			@Nullable @Size(max = 16) String procedureId, @Nullable List<@NotBlank @Size(max = 200) String> keywords,
			@NotEmpty Set<@NotNull Audience> audience, @NotNull LocalDate validFrom, @Nullable LocalDate validUntil,
			@Nullable List<@Valid Link> links, @Nullable List<@Valid Faq> faq) {

		SheetDraft toDraft() {
			return new SheetDraft(title, summary, body, officeCode, procedureId, keywords == null ? List.of() : keywords,
					audience, validFrom, validUntil,
					links == null ? List.of() : links.stream().map(link -> new SheetLink(link.title(), link.url())).toList(),
					faq == null ? List.of()
							: faq.stream().map(item -> new SheetDraft.DraftFaq(item.id(), item.question(), item.answer())).toList());
		}

	}

	record Link(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 1000) String url) {
	}

	record Faq(@Nullable @Size(max = 16) String id, @NotBlank @Size(max = 1000) String question,
			@NotBlank @Size(max = 4000) String answer) {
	}

	/** The comment of a lifecycle step: required to send a sheet back, optional otherwise. */
	record Step(@Nullable @Size(max = 4000) String comment) {
	}

}
