package it.sportello.ticketing.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A client's Idempotency-Key for a ticket creation: a retry with the same key gets the same ticket. */
@Entity
@Table(name = "ticket_idempotency")
public class IdempotencyKey {

	@EmbeddedId
	private Key key;

	@Column(name = "request_hash")
	private String requestHash;

	@Column(name = "ticket_id")
	private long ticketId;

	@Column(name = "created_at")
	private Instant createdAt;

	protected IdempotencyKey() {
	}

	IdempotencyKey(String username, String key, String requestHash, long ticketId, Instant createdAt) {
		this.key = new Key(username, key);
		this.requestHash = requestHash;
		this.ticketId = ticketId;
		this.createdAt = createdAt;
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
