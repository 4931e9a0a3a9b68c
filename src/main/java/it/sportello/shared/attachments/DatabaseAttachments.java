package it.sportello.shared.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The attachments kept in the database's {@code attachment} table, bytes included, so that the database's backup holds
 * them with the records that refer to them. Files are small (a limit of megabytes) and read one at a time: a byte
 * array is simpler than a stream and costs nothing measurable.
 */
@Component
class DatabaseAttachments implements Attachments {

	private static final String COLUMNS = "id, name, media_type, size, sha256, created_at";

	private final JdbcClient jdbc;

	private final ContentTypes types;

	private final AttachmentProperties properties;

	private final Clock clock;

	DatabaseAttachments(JdbcClient jdbc, ContentTypes types, AttachmentProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.types = types;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public AttachmentView store(String name, InputStream content) {
		String fileName = FileNames.clean(name);
		byte[] bytes = readBounded(fileName, content);
		if (bytes.length == 0) {
			throw AttachmentRefusedException.empty(fileName);
		}
		String mediaType = types.detect(bytes, fileName);
		if (!properties.allowedTypes().contains(mediaType)) {
			throw AttachmentRefusedException.typeNotAllowed(fileName, mediaType);
		}
		AttachmentView view = new AttachmentView(new AttachmentId(UUID.randomUUID()), fileName, mediaType, bytes.length,
				// As the database keeps it (microseconds), so that what store returns is what describe reads.
				sha256(bytes), clock.instant().truncatedTo(ChronoUnit.MICROS));
		jdbc.sql("""
				insert into attachment (id, name, media_type, size, sha256, created_at, content)
				values (:id, :name, :mediaType, :size, :sha256, :createdAt, :content)""")
			.param("id", view.id().value())
			.param("name", view.name())
			.param("mediaType", view.mediaType())
			.param("size", view.size())
			.param("sha256", view.sha256())
			.param("createdAt", view.createdAt().atOffset(ZoneOffset.UTC))
			.param("content", bytes)
			.update();
		return view;
	}

	@Override
	public Optional<AttachmentContent> open(AttachmentId id) {
		return jdbc.sql("select " + COLUMNS + ", content from attachment where id = ?")
			.param(id.value())
			.query((rs, row) -> new AttachmentContent(view(rs), rs.getBytes("content")))
			.optional();
	}

	@Override
	public Optional<AttachmentView> describe(AttachmentId id) {
		return jdbc.sql("select " + COLUMNS + " from attachment where id = ?")
			.param(id.value())
			.query((rs, row) -> view(rs))
			.optional();
	}

	/** Reads at most one byte past the limit: a larger file is refused without being held in memory whole. */
	private byte[] readBounded(String name, InputStream content) {
		long max = properties.maxSize().toBytes();
		try (content) {
			byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (bytes.length > max) {
				throw AttachmentRefusedException.tooLarge(name, max);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static AttachmentView view(ResultSet rs) throws SQLException {
		Instant createdAt = rs.getObject("created_at", OffsetDateTime.class).toInstant();
		return new AttachmentView(new AttachmentId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"), createdAt);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
