package it.sportello.knowledge.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A published version of a sheet as operators saw it: written once, never changed, always readable. */
@Entity
@Table(name = "knowledge_sheet_version")
class SheetVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String sheetId;

	private int number;

	private String title;

	private String summary;

	@Column(length = 1_000_000)
	private String body;

	private LocalDate validFrom;

	private @Nullable LocalDate validUntil;

	@Convert(converter = JsonColumns.Faqs.class)
	@Column(length = 1_000_000)
	private List<FaqItem> faq;

	private String publishedBy;

	private Instant publishedAt;

	/** A substantial change (the notice and the training were repeated for it); a first version always is. */
	private boolean substantial;

	SheetVersion(String sheetId, int number, SheetContent content, String publishedBy, Instant publishedAt,
			boolean substantial) {
		this.substantial = substantial;
		this.sheetId = sheetId;
		this.number = number;
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.validFrom = content.validFrom();
		this.validUntil = content.validUntil();
		this.faq = content.faq();
		this.publishedBy = publishedBy;
		this.publishedAt = publishedAt;
	}

	@SuppressWarnings("NullAway")
	protected SheetVersion() {
	}

	VersionView view() {
		return new VersionView(number, title, summary, body, validFrom, validUntil, faq, publishedBy, publishedAt,
				substantial);
	}

}
