package it.sportello.knowledge.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A training session for operators on a published sheet (sessione informativa, S-AC4): when, where or at which link,
 * and the answer guidelines operators confirm they read. It is about the version published when it was scheduled.
 */
@Entity
@Table(name = "knowledge_training")
class Training {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String sheetId;

	private int sheetVersion;

	private Instant scheduledAt;

	private String place;

	private String guidelines;

	private String createdBy;

	private Instant createdAt;

	Training(String sheetId, int sheetVersion, Instant scheduledAt, String place, String guidelines, String createdBy,
			Instant createdAt) {
		this.sheetId = sheetId;
		this.sheetVersion = sheetVersion;
		this.scheduledAt = scheduledAt;
		this.place = place;
		this.guidelines = guidelines;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	@SuppressWarnings("NullAway")
	protected Training() {
	}

	long id() {
		return id == null ? 0 : id;
	}

	String sheetId() {
		return sheetId;
	}

	int sheetVersion() {
		return sheetVersion;
	}

	Instant scheduledAt() {
		return scheduledAt;
	}

	String place() {
		return place;
	}

	String guidelines() {
		return guidelines;
	}

	String createdBy() {
		return createdBy;
	}

}
