package it.sportello.ticketing.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** A client's Idempotency-Key for a ticket creation: a retry with the same key gets the same ticket. */
@Entity
@Table(name = "ticket_idempotency")
public class IdempotencyKey implements Persistable<IdempotencyKey.Key> {

	@EmbeddedId
	private Key key;

	@Column(name = "request_hash")
	private String requestHash;

	@Column(name = "ticket_id")
	private long ticketId;

	@Column(name = "created_at")
	private Instant createdAt;

	/**
	 * A key is only ever inserted: saving must never merge onto a row another request inserted meanwhile
	 * (which would silently re-point that key to a second ticket), but fail on the primary key instead.
	 */
	@Transient
	private boolean inserting;

	protected IdempotencyKey() {
	}

	IdempotencyKey(String username, String key, String requestHash, long ticketId, Instant createdAt) {
		this.key = new Key(username, key);
		this.requestHash = requestHash;
		this.ticketId = ticketId;
		this.createdAt = createdAt;
		this.inserting = true;
	}

	@Override
	public Key getId() {
		return key;
	}

	@Override
	public boolean isNew() {
		return inserting;
	}

	public String requestHash() {
		return requestHash;
	}

	public long ticketId() {
		return ticketId;
	}

	@Embeddable
	public record Key(@Column(name = "username") String username,
			@Column(name = "idempotency_key") String idempotencyKey) implements Serializable {
	}

}
