package it.sportello.organization.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of the structure and the directory: who changed which record, when, and its data before
 * and after as JSON. Written in the transaction of the change, so a change and its audit row stand or fall
 * together.
 */
@Component
public class DirectoryChanges {

	/** The kinds of record audited. */
	enum Kind {
		DEPARTMENT, OFFICE, EMPLOYEE
	}

	/** What happened to the record. */
	enum Action {
		CREATED, UPDATED, DELETED
	}

	/** One change, before it is written. */
	record Change(Kind kind, String key, Action action, @Nullable Object before, @Nullable Object after) {
	}

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	DirectoryChanges(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	void record(String by, Change change) {
		record(by, List.of(change));
	}

	/** Many changes at once (an import) in JDBC batches. */
	void record(String by, List<Change> changes) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.batchUpdate("""
				insert into directory_change (changed_at, changed_by, entity_type, entity_key, action, before_data, after_data)
				values (?, ?, ?, ?, ?, ?, ?)""", changes, 500, (ps, change) -> {
			ps.setTimestamp(1, now);
			ps.setString(2, by);
			ps.setString(3, change.kind().name());
			ps.setString(4, change.key());
			ps.setString(5, change.action().name());
			ps.setString(6, toJson(change.before()));
			ps.setString(7, toJson(change.after()));
		});
	}

	/** A page of changes, the latest first, optionally of one record only. */
	public ChangesPage page(@Nullable String key, int page, int size) {
		String where = key == null ? "" : " where entity_key = ?";
		Object[] args = key == null ? new Object[] { size + 1, (long) page * size }
				: new Object[] { key, size + 1, (long) page * size };
		List<DirectoryChangeView> rows = jdbc.query("select id, changed_at, changed_by, entity_type, entity_key, action,"
				+ " before_data, after_data from directory_change" + where + " order by id desc limit ? offset ?",
				(rs, row) -> new DirectoryChangeView(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6),
						ChangeDifferences.between(json, rs.getString(7), rs.getString(8))),
				args);
		return new ChangesPage(rows.subList(0, Math.min(size, rows.size())), page, size, rows.size() > size);
	}

	private @Nullable String toJson(@Nullable Object data) {
		return data == null ? null : json.writeValueAsString(data);
	}

}
