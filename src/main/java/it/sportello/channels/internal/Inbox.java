package it.sportello.channels.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * First level's inbox ({@code channel_inbox}): tickets that came in writing (e-mail, PEC, web, SMS), and citizens'
 * replies to closed tickets, newest first, until first level acts on the ticket.
 */
@Component
public class Inbox {

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Why a ticket is in the inbox. */
	public enum Reason {
		/** A new request. */
		NEW,
		/** The citizen wrote about a closed ticket: first level reopens it or opens a new one. */
		REPLY_TO_CLOSED
	}

	/** One row of the inbox; {@code channel} is {@code EMAIL}, {@code PEC}, {@code WEB} or {@code SMS}. */
	public record Entry(long id, String ticketNumber, String channel, Reason reason, @Nullable String subject,
			Instant receivedAt) {
	}

	/** Adds the ticket, unless it is already waiting there for the same reason. */
	public void add(String number, String channel, Reason reason, @Nullable String subject, Instant at) {
		String cut = subject == null ? null : subject.length() > 1000 ? subject.substring(0, 1000) : subject;
		jdbc.sql("""
				insert into channel_inbox (ticket_number, channel, reason, subject, received_at)
				select :number, :channel, :reason, :subject, :at
				where not exists (select 1 from channel_inbox
				                  where ticket_number = :number and reason = :reason and handled_at is null)""")
			.param("number", number)
			.param("channel", channel)
			.param("reason", reason.name())
			.param("subject", cut)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** First level acted on the ticket (escalated, closed, reopened it): it leaves the inbox. */
	public void handled(String number, Instant at) {
		jdbc.sql("update channel_inbox set handled_at = ? where ticket_number = ? and handled_at is null")
			.params(at.atOffset(ZoneOffset.UTC), number)
			.update();
	}

	/** The waiting entries, newest first. */
	public List<Entry> waiting(int limit) {
		return jdbc.sql("""
				select id, ticket_number, channel, reason, subject, received_at from channel_inbox
				where handled_at is null order by received_at desc, id desc fetch first :limit rows only""")
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("ticket_number"), rs.getString("channel"),
					Reason.valueOf(rs.getString("reason")), rs.getString("subject"),
					rs.getObject("received_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** How many entries wait: the count in the navigation bar. */
	public long waitingCount() {
		return jdbc.sql("select count(*) from channel_inbox where handled_at is null").query(Long.class).single();
	}

}
