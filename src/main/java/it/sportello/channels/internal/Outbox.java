package it.sportello.channels.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notifications waiting to be sent, and those sent or given up ({@code channel_outbox}). A notification is written
 * once (its {@code dedupeKey}: a repeated event adds nothing) and sent by {@link OutboxSender}, which retries; the
 * ticket never waits for a mail server.
 */
@Component
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a notification tells the citizen. */
	public enum Kind {
		/** The request was received: its number and how to follow it. */
		ACKNOWLEDGEMENT,
		/** The department asks the citizen to complete the request. */
		QUESTION,
		/** The answer, when the ticket is closed. */
		ANSWER
	}

	/** Where a notification stands. */
	public enum Status {
		PENDING, SENT, FAILED
	}

	/** A notification to write. */
	public record NewNotification(String ticketNumber, Kind kind, Channel channel, String recipient,
			@Nullable String subject, String body, String messageId, String dedupeKey) {
	}

	/** A notification as stored. */
	public record Notification(long id, String ticketNumber, Kind kind, Channel channel, String recipient,
			@Nullable String subject, String body, String messageId, Status status, int attempts,
			Instant nextAttemptAt, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {
	}

	/** Writes the notification unless one with the same key exists; {@code true} when this call wrote it. */
	public boolean enqueue(NewNotification n, Instant now) {
		return jdbc.sql("""
				insert into channel_outbox (ticket_number, kind, channel, recipient, subject, body, message_id, status,
				                            attempts, next_attempt_at, created_at, dedupe_key)
				select :number, :kind, :channel, :recipient, :subject, :body, :messageId, 'PENDING', 0, :now, :now,
				       :dedupeKey
				where not exists (select 1 from channel_outbox where dedupe_key = :dedupeKey)""")
			.param("number", n.ticketNumber())
			.param("kind", n.kind().name())
			.param("channel", n.channel().name())
			.param("recipient", n.recipient())
			.param("subject", n.subject())
			.param("body", n.body())
			.param("messageId", n.messageId())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("dedupeKey", n.dedupeKey())
			.update() == 1;
	}

	/** The notifications due now, oldest first. */
	public List<Notification> due(Instant now, int limit) {
		return jdbc.sql("""
				select * from channel_outbox where status = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, id fetch first :limit rows only""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query(Outbox::read)
			.list();
	}

	/**
	 * Takes a due notification for one sender: its next attempt moves to {@code leaseUntil}, so that a sender running
	 * at the same moment (another node, an administrator's run) does not send it too; {@code false} when it was taken.
	 */
	public boolean claim(long id, Instant now, Instant leaseUntil) {
		return jdbc.sql("""
				update channel_outbox set next_attempt_at = ?
				where id = ? and status = 'PENDING' and next_attempt_at <= ?""")
			.params(leaseUntil.atOffset(ZoneOffset.UTC), id, now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	public void sent(long id, Instant at) {
		jdbc.sql("""
				update channel_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null
				where id = ?""")
			.params(at.atOffset(ZoneOffset.UTC), id)
			.update();
	}

	/** A failed attempt: tried again at {@code next}, or given up ({@code next} null). */
	public void attemptFailed(long id, String error, @Nullable Instant next) {
		String cut = error.length() > 1000 ? error.substring(0, 1000) : error;
		jdbc.sql("""
				update channel_outbox set attempts = attempts + 1, last_error = :error,
				       status = :status, next_attempt_at = coalesce(:next, next_attempt_at)
				where id = :id""")
			.param("error", cut)
			.param("status", next == null ? Status.FAILED.name() : Status.PENDING.name())
			.param("next", next == null ? null : next.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	/** A ticket's notifications, oldest first: what its page shows. */
	public List<Notification> ofTicket(String number) {
		return jdbc.sql("select * from channel_outbox where ticket_number = ? order by created_at, id")
			.param(number)
			.query(Outbox::read)
			.list();
	}

	/** The ticket of one of our messages, found by its Message-ID (a bounce, a PEC receipt, a reply). */
	public Optional<String> ticketOfMessage(String messageId) {
		return jdbc.sql("select ticket_number from channel_outbox where message_id = ?")
			.param(messageId)
			.query(String.class)
			.optional();
	}

	private static Notification read(ResultSet rs, int row) throws SQLException {
		OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
		return new Notification(rs.getLong("id"), rs.getString("ticket_number"), Kind.valueOf(rs.getString("kind")),
				Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("body"), rs.getString("message_id"), Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(),
				rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				sent == null ? null : sent.toInstant());
	}

}
