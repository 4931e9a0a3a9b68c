package it.sportello.knowledge.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A published version of a sheet, as it was published. */
public record VersionView(int number, String title, String summary, String body, LocalDate validFrom,
		@Nullable LocalDate validUntil, List<FaqItem> faq, String publishedBy, Instant publishedAt,
		boolean substantial) {
}
