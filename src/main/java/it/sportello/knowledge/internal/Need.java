package it.sportello.knowledge.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An information need (esigenza informativa, S-AC1): an office or its URP needs citizens to know about a procedure,
 * by a date. The URP engages its department's support, and the two draft the sheet the need links to; from then on
 * the need stands where its sheet stands in the lifecycle ({@link NeedStage}).
 */
@Entity
@Table(name = "knowledge_need")
class Need {

	@Id
	private String id;

	private String departmentCode;

	private String officeCode;

	private @Nullable String procedureId;

	private String subject;

	private String reason;

	private LocalDate neededBy;

	private String openedBy;

	private String openedByName;

	private Instant openedAt;

	private @Nullable String engagedBy;

	private @Nullable Instant engagedAt;

	private @Nullable String sheetId;

	@Version
	private @Nullable Long version;

	Need(String id, String departmentCode, String officeCode, @Nullable String procedureId, String subject,
			String reason, LocalDate neededBy, String openedBy, String openedByName, Instant openedAt) {
		this.id = id;
		this.departmentCode = departmentCode;
		this.officeCode = officeCode;
		this.procedureId = procedureId;
		this.subject = subject;
		this.reason = reason;
		this.neededBy = neededBy;
		this.openedBy = openedBy;
		this.openedByName = openedByName;
		this.openedAt = openedAt;
	}

	@SuppressWarnings("NullAway")
	protected Need() {
	}

	void engage(String by, Instant at) {
		this.engagedBy = by;
		this.engagedAt = at;
	}

	void linkSheet(String sheetId) {
		this.sheetId = sheetId;
	}

	String id() {
		return id;
	}

	String departmentCode() {
		return departmentCode;
	}

	String officeCode() {
		return officeCode;
	}

	@Nullable String procedureId() {
		return procedureId;
	}

	String subject() {
		return subject;
	}

	String reason() {
		return reason;
	}

	LocalDate neededBy() {
		return neededBy;
	}

	String openedBy() {
		return openedBy;
	}

	String openedByName() {
		return openedByName;
	}

	Instant openedAt() {
		return openedAt;
	}

	@Nullable String engagedBy() {
		return engagedBy;
	}

	@Nullable Instant engagedAt() {
		return engagedAt;
	}

	boolean engaged() {
		return engagedBy != null;
	}

	@Nullable String sheetId() {
		return sheetId;
	}

	long version() {
		return version == null ? 0 : version;
	}

}
