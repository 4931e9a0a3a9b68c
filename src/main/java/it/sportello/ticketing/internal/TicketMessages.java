package it.sportello.ticketing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import it.sportello.shared.Channel;
import it.sportello.shared.attachments.AttachmentId;
import it.sportello.ticketing.MessageDirection;
import it.sportello.ticketing.TicketMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The {@code ticket_message} table: a ticket's messages and their attachments, written once, never changed. */
@Component
class TicketMessages {

	private final JdbcClient jdbc;

	TicketMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A message to store; {@code at} is when it was received or sent. */
	record NewMessage(long ticketId, MessageDirection direction, Channel channel, @Nullable String from,
			@Nullable String to, @Nullable String subject, String body, Instant at, @Nullable String externalId,
			List<AttachmentId> attachments, String recordedBy, Instant recordedAt) {
	}

	/** The message a channel already delivered with this identifier: its id and its ticket's number. */
	record Known(long id, String ticketNumber, long citizenId) {
	}

	Optional<Known> findByExternalId(Channel channel, @Nullable String externalId) {
		if (externalId == null) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select m.id, t.number, t.citizen_id from ticket_message m join ticket t on t.id = m.ticket_id
				where m.channel = ? and m.external_id = ?""")
			.params(channel.name(), externalId)
			.query((rs, row) -> new Known(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.optional();
	}

	long insert(NewMessage message) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into ticket_message (ticket_id, direction, channel, sender, recipient, subject, body, occurred_at,
				                            external_id, recorded_by, recorded_at)
				values (:ticketId, :direction, :channel, :from, :to, :subject, :body, :at, :externalId, :recordedBy,
				        :recordedAt)""")
			.param("ticketId", message.ticketId())
			.param("direction", message.direction().name())
			.param("channel", message.channel().name())
			.param("from", message.from())
			.param("to", message.to())
			.param("subject", message.subject())
			.param("body", message.body())
			.param("at", message.at().atOffset(ZoneOffset.UTC))
			.param("externalId", message.externalId())
			.param("recordedBy", message.recordedBy())
			.param("recordedAt", message.recordedAt().atOffset(ZoneOffset.UTC))
			.update(key, "id");
		long id = Objects.requireNonNull(key.getKey()).longValue();
		int position = 0;
		for (AttachmentId attachment : message.attachments()) {
			jdbc.sql("insert into ticket_message_attachment (message_id, position, attachment_id) values (?, ?, ?)")
				.params(id, position++, attachment.value())
				.update();
		}
		return id;
	}

	List<TicketMessage> ofTicket(String number) {
		Map<Long, TicketMessage> messages = new LinkedHashMap<>();
		jdbc.sql("""
				select m.id, m.direction, m.channel, m.sender, m.recipient, m.subject, m.body, m.occurred_at,
				       m.external_id, a.attachment_id
				from ticket t join ticket_message m on m.ticket_id = t.id
				     left join ticket_message_attachment a on a.message_id = m.id
				where t.number = ?
				order by m.occurred_at, m.id, a.position""")
			.param(number)
			.query(rs -> {
				long id = rs.getLong("id");
				TicketMessage message = messages.computeIfAbsent(id, key -> read(rs, number));
				UUID attachment = rs.getObject("attachment_id", UUID.class);
				if (attachment != null) {
					message.attachments().add(new AttachmentId(attachment));
				}
			});
		return messages.values().stream().map(TicketMessages::frozen).toList();
	}

	private static TicketMessage read(ResultSet rs, String number) {
		try {
			return new TicketMessage(rs.getLong("id"), number, MessageDirection.valueOf(rs.getString("direction")),
					Channel.valueOf(rs.getString("channel")), rs.getString("sender"), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), Objects.requireNonNull(Rows.instant(rs, "occurred_at")),
					rs.getString("external_id"), new ArrayList<>());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static TicketMessage frozen(TicketMessage m) {
		return new TicketMessage(m.id(), m.ticketNumber(), m.direction(), m.channel(), m.from(), m.to(), m.subject(),
				m.body(), m.at(), m.externalId(), List.copyOf(m.attachments()));
	}

}
