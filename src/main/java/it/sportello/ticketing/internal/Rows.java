package it.sportello.ticketing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** Reading the read models' rows: timestamps with time zone as instants (PostgreSQL and H2 alike). */
final class Rows {

	private Rows() {
	}

	static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		return toInstant(rs.getObject(column, OffsetDateTime.class));
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		return toInstant(rs.getObject(column, OffsetDateTime.class));
	}

	private static @Nullable Instant toInstant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

}
