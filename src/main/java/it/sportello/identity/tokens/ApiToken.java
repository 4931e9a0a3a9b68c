package it.sportello.identity.tokens;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A personal API token of a staff user; only the hash of its secret is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "user_id", updatable = false)
	private Long userId;

	private String name;

	@Column(updatable = false)
	private String tokenHash;

	@Column(updatable = false)
	private String prefix;

	@Column(updatable = false)
	private Instant createdAt;

	private @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	@SuppressWarnings("NullAway.Init")
	protected ApiToken() {
		// for JPA
	}

	ApiToken(Long userId, String name, TokenSecret secret, Instant createdAt) {
		this.userId = userId;
		this.name = name.strip();
		this.tokenHash = secret.hash();
		this.prefix = secret.displayPrefix();
		this.createdAt = createdAt;
	}

	void revoke(Instant at) {
		if (revokedAt == null) {
			revokedAt = at;
		}
	}

	public boolean isActive() {
		return revokedAt == null;
	}

	public Long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	public Long userId() {
		return userId;
	}

	public String name() {
		return name;
	}

	String tokenHash() {
		return tokenHash;
	}

	public String prefix() {
		return prefix;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant lastUsedAt() {
		return lastUsedAt;
	}

	public @Nullable Instant revokedAt() {
		return revokedAt;
	}

}
