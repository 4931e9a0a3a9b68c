package it.sportello.knowledge.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A file attached to a sheet: its title and kind, and the file's id in the shared attachment store. */
@Entity
@Table(name = "knowledge_sheet_file")
class SheetFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String sheetId;

	private UUID attachmentId;

	private String title;

	private String kind;

	private String addedBy;

	private Instant addedAt;

	SheetFile(String sheetId, UUID attachmentId, String title, String kind, String addedBy, Instant addedAt) {
		this.sheetId = sheetId;
		this.attachmentId = attachmentId;
		this.title = title;
		this.kind = kind;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	@SuppressWarnings("NullAway")
	protected SheetFile() {
	}

	long id() {
		return id == null ? 0 : id;
	}

	String sheetId() {
		return sheetId;
	}

	UUID attachmentId() {
		return attachmentId;
	}

	String title() {
		return title;
	}

	String kind() {
		return kind;
	}

	String addedBy() {
		return addedBy;
	}

	Instant addedAt() {
		return addedAt;
	}

}
