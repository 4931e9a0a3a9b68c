package it.sportello.ticketing.internal;

import java.time.Instant;

import it.sportello.shared.Channel;
import it.sportello.ticketing.TicketState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One change of a ticket: who, when, what, with which note. Append-only: never updated or deleted. */
@Entity
@Immutable
@Table(name = "ticket_history")
public class HistoryEntry {

	@Id
	// Blocks of 50 ids (pooled-lo, V7): the insert waits for the commit and goes with the others.
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_history_id")
	@SequenceGenerator(name = "ticket_history_id", sequenceName = "ticket_history_id_block", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ticket_id")
	private Ticket ticket;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String actor;

	@Column(name = "actor_name")
	private String actorName;

	@Enumerated(EnumType.STRING)
	private HistoryAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state")
	private @Nullable TicketState fromState;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state")
	private @Nullable TicketState toState;

	@Column(name = "department_code")
	private @Nullable String departmentCode;

	private @Nullable String note;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_channel")
	private @Nullable Channel contactChannel;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_purpose")
	private @Nullable ContactPurpose contactPurpose;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_outcome")
	private @Nullable ContactOutcome contactOutcome;

	protected HistoryEntry() {
	}

	Ticket ticket() {
		return ticket;
	}

	HistoryEntry(Ticket ticket, Instant occurredAt, Actor actor, HistoryAction action, @Nullable TicketState fromState,
			@Nullable TicketState toState, @Nullable String departmentCode, @Nullable String note) {
		this.ticket = ticket;
		this.occurredAt = occurredAt;
		this.actor = actor.username();
		this.actorName = actor.displayName();
		this.action = action;
		this.fromState = fromState;
		this.toState = toState;
		this.departmentCode = departmentCode;
		this.note = note;
	}

	HistoryEntry withContact(Contact contact) {
		this.contactChannel = contact.channel();
		this.contactPurpose = contact.purpose();
		this.contactOutcome = contact.outcome();
		return this;
	}

	public Long id() {
		return id;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public String actor() {
		return actor;
	}

	public String actorName() {
		return actorName;
	}

	public HistoryAction action() {
		return action;
	}

	public @Nullable TicketState fromState() {
		return fromState;
	}

	public @Nullable TicketState toState() {
		return toState;
	}

	public @Nullable String departmentCode() {
		return departmentCode;
	}

	public @Nullable String note() {
		return note;
	}

	public @Nullable Channel contactChannel() {
		return contactChannel;
	}

	public @Nullable ContactPurpose contactPurpose() {
		return contactPurpose;
	}

	public @Nullable ContactOutcome contactOutcome() {
		return contactOutcome;
	}

}
