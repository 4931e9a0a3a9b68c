package it.sportello.channels.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import it.sportello.shared.attachments.AttachmentId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Incoming messages that could not be read ({@code channel_rejected_mail}): reported, with the raw message kept. */
@Component
public class RejectedMails {

	private final JdbcClient jdbc;

	RejectedMails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A message set aside: from which mailbox, its Message-ID if it had one, why, and its raw bytes in the store. */
	public record Rejected(long id, String mailbox, @Nullable String messageId, String reason,
			@Nullable AttachmentId raw, Instant rejectedAt) {
	}

	public void record(String mailbox, @Nullable String messageId, String reason, @Nullable AttachmentId raw,
			Instant at) {
		jdbc.sql("""
				insert into channel_rejected_mail (mailbox, message_id, reason, attachment_id, rejected_at)
				values (?, ?, ?, ?, ?)""")
			.params(cut(mailbox, 500), messageId == null ? null : cut(messageId, 1000), cut(reason, 1000),
					raw == null ? null : raw.value(), at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The most recent first. */
	public List<Rejected> recent(int limit) {
		return jdbc.sql("""
				select * from channel_rejected_mail order by rejected_at desc, id desc fetch first :limit rows only""")
			.param("limit", limit)
			.query((rs, row) -> {
				UUID raw = rs.getObject("attachment_id", UUID.class);
				return new Rejected(rs.getLong("id"), rs.getString("mailbox"), rs.getString("message_id"),
						rs.getString("reason"), raw == null ? null : new AttachmentId(raw),
						rs.getObject("rejected_at", OffsetDateTime.class).toInstant());
			})
			.list();
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
