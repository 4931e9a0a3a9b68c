package it.sportello.channels.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code channel_ticket} table: for each ticket opened since the channels exist, how to reach its citizen (read
 * once, audited, when the ticket opened), whether it is closed, and whether its e-mail address bounced.
 */
@Component
public class ChannelTickets {

	private final JdbcClient jdbc;

	ChannelTickets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A ticket's contacts as the channels know them. */
	public record ChannelTicket(String number, Channel channel, long citizenId, @Nullable String email,
			@Nullable String phone, @Nullable Channel preferredChannel, boolean closed, @Nullable String emailFailing,
			Instant openedAt) {
	}

	/**
	 * Records the ticket's contacts: the first call writes the row, a later one only fills in what it lacked (the
	 * channel that opened the ticket records what the message said at once; the listener of the opening adds the
	 * record's other contacts). Its closed flag is never changed here.
	 */
	public void record(ChannelTicket ticket) {
		if (fill(ticket) > 0) {
			return;
		}
		int inserted = jdbc.sql("""
				insert into channel_ticket (ticket_number, channel, citizen_id, email, phone, preferred_channel, closed,
				                            opened_at)
				values (:number, :channel, :citizenId, :email, :phone, :preferred, :closed, :openedAt)
				on conflict do nothing""")
			.param("number", ticket.number())
			.param("channel", ticket.channel().name())
			.param("citizenId", ticket.citizenId())
			.param("email", ticket.email())
			.param("phone", ticket.phone())
			.param("preferred", ticket.preferredChannel() == null ? null : ticket.preferredChannel().name())
			.param("closed", ticket.closed())
			.param("openedAt", ticket.openedAt().atOffset(ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			// Written meanwhile by the channel or the listener (both may try at once, hence the conflict clause, which
			// a "where not exists" would not give): fill in from this call too.
			fill(ticket);
		}
	}

	private int fill(ChannelTicket ticket) {
		return jdbc.sql("""
				update channel_ticket set email = coalesce(email, :email), phone = coalesce(phone, :phone),
				       preferred_channel = coalesce(preferred_channel, :preferred)
				where ticket_number = :number""")
			.param("number", ticket.number())
			.param("email", ticket.email())
			.param("phone", ticket.phone())
			.param("preferred", ticket.preferredChannel() == null ? null : ticket.preferredChannel().name())
			.update();
	}

	public Optional<ChannelTicket> find(String number) {
		return jdbc.sql("select * from channel_ticket where ticket_number = ?")
			.param(number)
			.query(ChannelTickets::read)
			.optional();
	}

	/** The most recently opened ticket of this number (E.164) that is not closed. */
	public Optional<ChannelTicket> lastOpenOfPhone(String e164) {
		return jdbc.sql("""
				select * from channel_ticket where phone = ? and closed = false
				order by opened_at desc, ticket_number desc fetch first 1 rows only""")
			.param(e164)
			.query(ChannelTickets::read)
			.optional();
	}

	public void setClosed(String number, boolean closed) {
		jdbc.sql("update channel_ticket set closed = ? where ticket_number = ?").params(closed, number).update();
	}

	/** The citizen's address bounced: kept with the reason, shown on the ticket, and no more mail is sent there. */
	public void markEmailFailing(String number, String reason) {
		jdbc.sql("update channel_ticket set email_failing = ? where ticket_number = ?")
			.params(reason.length() > 500 ? reason.substring(0, 500) : reason, number)
			.update();
	}

	private static ChannelTicket read(ResultSet rs, int row) throws SQLException {
		String preferred = rs.getString("preferred_channel");
		return new ChannelTicket(rs.getString("ticket_number"), Channel.valueOf(rs.getString("channel")),
				rs.getLong("citizen_id"), rs.getString("email"), rs.getString("phone"),
				preferred == null ? null : Channel.valueOf(preferred), rs.getBoolean("closed"),
				rs.getString("email_failing"), rs.getObject("opened_at", OffsetDateTime.class).toInstant());
	}

}
