package it.sportello.identity.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of the access audit: immutable, so Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "access_audit")
public class AccessAuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Instant occurredAt;

	private String username;

	private String action;

	private String subjectType;

	private String subjectId;

	@SuppressWarnings("NullAway.Init")
	protected AccessAuditEntry() {
		// for JPA
	}

	AccessAuditEntry(Instant occurredAt, String username, String action, String subjectType, String subjectId) {
		this.occurredAt = occurredAt;
		this.username = username;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public String username() {
		return username;
	}

	public String action() {
		return action;
	}

	public String subjectType() {
		return subjectType;
	}

	public String subjectId() {
		return subjectId;
	}

}
