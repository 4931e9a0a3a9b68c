package it.sportello.telephony.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the calls of one import, in the import's transaction. On PostgreSQL the calls stream with {@code COPY}
 * into a temporary table, a block at a time, and one set-based {@code INSERT … ON CONFLICT DO NOTHING} moves
 * them into {@code telephony_call}: a call stored before is not stored again. Elsewhere (the H2 demo) they go in
 * JDBC batches of inserts that skip a call already stored. Either way nothing but the current block is in memory.
 */
abstract sealed class CallWriter implements AutoCloseable permits CallWriter.Copy, CallWriter.Batched {

	private static final String COLUMNS = "call_id, queue, entered_epoch, local_day, half_hour, weekday, outcome, "
			+ "wait_seconds, talk_seconds, agent, transfer_to, import_id";

	protected final Connection connection;

	protected final long importId;

	private final LocalSlots slots;

	final Set<YearMonth> months = new TreeSet<>();

	long read;

	CallWriter(Connection connection, long importId, LocalSlots slots) {
		this.connection = connection;
		this.importId = importId;
		this.slots = slots;
	}

	static CallWriter on(Connection connection, long importId, LocalSlots slots) throws SQLException {
		if (connection.isWrapperFor(PGConnection.class)) {
			return new Copy(connection, importId, slots);
		}
		return new Batched(connection, importId, slots);
	}

	final void add(CallRecord call) {
		slots.at(call.enteredEpoch());
		months.add(YearMonth.from(slots.day()));
		read++;
		write(call, slots);
	}

	abstract void write(CallRecord call, LocalSlots at);

	/** Stores what is left and returns how many calls were new. */
	abstract long finish() throws SQLException;

	@Override
	public void close() throws SQLException {
	}

	/** PostgreSQL: COPY into a temporary table, then one upsert. */
	static final class Copy extends CallWriter {

		private static final int BLOCK = 1 << 21;

		private final CopyManager copy;

		private final StringBuilder block = new StringBuilder(BLOCK + 1024);

		Copy(Connection connection, long importId, LocalSlots slots) throws SQLException {
			super(connection, importId, slots);
			this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
			try (Statement statement = connection.createStatement()) {
				statement.execute("create temporary table telephony_call_in (like telephony_call) on commit drop");
			}
		}

		@Override
		void write(CallRecord call, LocalSlots at) {
			StringBuilder b = block;
			text(b, call.callId()).append('\t');
			text(b, call.queue()).append('\t');
			b.append(call.enteredEpoch()).append('\t');
			b.append(at.day()).append('\t');
			b.append(at.halfHour()).append('\t');
			b.append(at.weekday()).append('\t');
			b.append(call.outcome().name()).append('\t');
			b.append(call.waitSeconds()).append('\t');
			b.append(call.talkSeconds()).append('\t');
			text(b, call.agent()).append('\t');
			text(b, call.transferTo()).append('\t');
			b.append(importId).append('\n');
			if (b.length() >= BLOCK) {
				flush();
			}
		}

		/** A value of COPY's text format: {@code \N} for null, backslash, tab and line ends escaped. */
		private static StringBuilder text(StringBuilder b, String value) {
			if (value == null) {
				return b.append("\\N");
			}
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> b.append("\\\\");
					case '\t' -> b.append("\\t");
					case '\n' -> b.append("\\n");
					case '\r' -> b.append("\\r");
					default -> b.append(c);
				}
			}
			return b;
		}

		private void flush() {
			if (block.isEmpty()) {
				return;
			}
			try {
				copy.copyIn("copy telephony_call_in (" + COLUMNS + ") from stdin",
						new ByteArrayInputStream(block.toString().getBytes(StandardCharsets.UTF_8)));
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY of calls failed", ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			block.setLength(0);
		}

		@Override
		long finish() throws SQLException {
			flush();
			try (Statement statement = connection.createStatement()) {
				// A call read twice in one file (a log concatenated with itself) is one row too: DO NOTHING skips a
				// row that conflicts with one the same statement inserted, so no sort of the block is needed.
				return statement.executeUpdate("insert into telephony_call (" + COLUMNS + ") select " + COLUMNS
						+ " from telephony_call_in on conflict (entered_epoch, call_id, queue) do nothing");
			}
		}

	}

	/** Any other database: batches of inserts that skip a call already stored. */
	static final class Batched extends CallWriter {

		private static final int BATCH = 1000;

		private final PreparedStatement insert;

		private int pending;

		private long inserted;

		Batched(Connection connection, long importId, LocalSlots slots) throws SQLException {
			super(connection, importId, slots);
			this.insert = connection.prepareStatement("insert into telephony_call (" + COLUMNS + ") "
					+ "select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from telephony_call "
					+ "where call_id = ? and queue = ? and entered_epoch = ?)");
		}

		@Override
		void write(CallRecord call, LocalSlots at) {
			try {
				insert.setString(1, call.callId());
				insert.setString(2, call.queue());
				insert.setLong(3, call.enteredEpoch());
				insert.setDate(4, Date.valueOf(at.day()));
				insert.setInt(5, at.halfHour());
				insert.setInt(6, at.weekday());
				insert.setString(7, call.outcome().name());
				insert.setInt(8, call.waitSeconds());
				insert.setInt(9, call.talkSeconds());
				insert.setString(10, call.agent());
				if (call.transferTo() == null) {
					insert.setNull(11, Types.VARCHAR);
				}
				else {
					insert.setString(11, call.transferTo());
				}
				insert.setLong(12, importId);
				insert.setString(13, call.callId());
				insert.setString(14, call.queue());
				insert.setLong(15, call.enteredEpoch());
				insert.addBatch();
				if (++pending >= BATCH) {
					flush();
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("insert of calls failed", ex);
			}
		}

		private void flush() throws SQLException {
			if (pending == 0) {
				return;
			}
			for (int count : insert.executeBatch()) {
				inserted += Math.max(0, count);
			}
			pending = 0;
		}

		@Override
		long finish() throws SQLException {
			flush();
			return inserted;
		}

		@Override
		public void close() throws SQLException {
			insert.close();
		}

	}

}
