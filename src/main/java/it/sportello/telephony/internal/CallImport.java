package it.sportello.telephony.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import it.sportello.shared.importing.LineProblem;
import it.sportello.telephony.CallImportReport;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file of switch data in one transaction: the format is recognised from the content (queue_log, CDR
 * Master.csv, the generic CSV; gzip-compressed or not), the file is streamed, calls still open when it ends are
 * kept pending and completed by a later import, and the monthly aggregates of every month touched are computed
 * again. Either everything is stored or nothing is. Imports run one at a time (the pending calls are one pool).
 */
@Service
public class CallImport {

	private static final Logger log = LoggerFactory.getLogger(CallImport.class);

	/** The PostgreSQL advisory lock that makes imports (and the computing of aggregates) one at a time. */
	static final long LOCK = 7366726963L;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final TelephonyProperties properties;

	private final MessageSource messages;

	private final MonthlyFigures monthly;

	private final Clock clock;

	private final ReentrantLock oneAtATime = new ReentrantLock();

	CallImport(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions,
			TelephonyProperties properties, MessageSource messages, MonthlyFigures monthly, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.messages = messages;
		this.monthly = monthly;
		this.clock = clock;
	}

	/**
	 * Imports the stream (not closed here).
	 *
	 * @param sourceKey what identifies a watched file's version (name, size, time), or null
	 * @throws UnknownFormatException when the content is none of the three formats
	 */
	public CallImportReport run(String fileName, InputStream content, String by, @Nullable String sourceKey,
			Locale locale) {
		oneAtATime.lock();
		try {
			CallImportReport report = transactions.execute(status -> inTransaction(fileName, content, by, sourceKey,
					locale));
			log.info("Telephony import {} of {}: {} lines, {} calls stored, {} already stored, {} pending, {} skipped",
					report.importId(), report.file(), report.linesRead(), report.callsCompleted(),
					report.callsRepeated(), report.callsPending(), report.linesSkipped());
			return report;
		}
		finally {
			oneAtATime.unlock();
		}
	}

	private CallImportReport inTransaction(String fileName, InputStream raw, String by, @Nullable String sourceKey,
			Locale locale) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			boolean postgres = connection.isWrapperFor(PGConnection.class);
			if (postgres) {
				// Several nodes: one import at a time across them too.
				jdbc.queryForObject("select pg_advisory_xact_lock(" + LOCK + ")", Object.class);
			}
			InputStream in = uncompressed(raw);
			SwitchFormat format = SwitchFormat.detect(in);
			if (format == null) {
				throw new UnknownFormatException(fileName);
			}
			long importId = jdbc.queryForObject("select nextval('telephony_import_seq')", Long.class);
			ImportTally tally = new ImportTally(properties.problemsKept());
			List<PendingCall> pendingBefore = loadPending();
			List<MemberEvent> members = new ArrayList<>();
			long stored;
			long read;
			Collection<PendingCall> pendingAfter;
			try (CallWriter writer = CallWriter.on(connection, importId, new LocalSlots(properties.zone()))) {
				switch (format) {
					case QUEUE_LOG -> {
						CallAssembler assembler = new CallAssembler(new CallAssembler.Sink() {
							@Override
							public void call(CallRecord call) {
								writer.add(call);
							}

							@Override
							public void member(MemberEvent event) {
								members.add(event);
								if (members.size() >= 1000) {
									storeMembers(connection, members);
								}
							}

							@Override
							public void ignored(String verb) {
								tally.ignored(verb);
							}

							@Override
							public void malformed(long line, String code, Object... args) {
								tally.problem(fileName, line, code, args);
							}
						}, pendingBefore);
						tally.lines = new QueueLogReader().read(in, assembler);
						tally.used = assembler.used();
						pendingAfter = assembler.pending();
					}
					case CDR -> {
						new CdrReader(properties.zone()).read(fileName, in, writer::add, tally);
						pendingAfter = pendingBefore;
					}
					case CSV -> {
						new GenericCsvReader(properties.zone()).read(fileName, in, writer::add, tally);
						pendingAfter = pendingBefore;
					}
					default -> throw new IllegalStateException(format.name());
				}
				stored = writer.finish();
				read = writer.read;
				storeMembers(connection, members);
				long pending = storePending(connection, pendingAfter);
				for (YearMonth month : writer.months) {
					monthly.recompute(month);
				}
				CallImportReport report = new CallImportReport(importId, fileName, format.name(), tally.lines,
						tally.used, tally.skipped(), java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tally.ignored)), reasons(tally, locale),
						tally.firstProblems.stream().map(p -> problem(p, locale)).toList(), stored, read - stored,
						pending);
				jdbc.update("insert into telephony_import (id, file_name, source_key, format, imported_at, imported_by, "
						+ "lines_read, events_used, lines_skipped, calls_completed, calls_repeated, calls_pending) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", importId, truncate(fileName, 255), sourceKey,
						format.name(), Timestamp.from(clock.instant()), truncate(by, 100), report.linesRead(),
						report.eventsUsed(), report.linesSkipped(), report.callsCompleted(), report.callsRepeated(),
						report.callsPending());
				return report;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("telephony import failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static InputStream uncompressed(InputStream raw) {
		try {
			BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
			in.mark(2);
			int first = in.read();
			int second = in.read();
			in.reset();
			if (first == 0x1f && second == 0x8b) {
				return new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
			}
			return in;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<PendingCall> loadPending() {
		return jdbc.query("select call_id, queue, entered_epoch, connected_wait, agent from telephony_pending_call",
				(rs, n) -> {
					PendingCall call = new PendingCall(rs.getString(1), rs.getString(2), rs.getLong(3));
					int wait = rs.getInt(4);
					call.connectedWait = rs.wasNull() ? -1 : wait;
					call.agent = rs.getString(5);
					return call;
				});
	}

	private long storePending(Connection connection, Collection<PendingCall> open) throws SQLException {
		jdbc.update("delete from telephony_pending_call");
		try (PreparedStatement insert = connection.prepareStatement("insert into telephony_pending_call "
				+ "(call_id, queue, entered_epoch, connected_wait, agent) values (?, ?, ?, ?, ?)")) {
			for (PendingCall call : open) {
				insert.setString(1, call.callId);
				insert.setString(2, call.queue);
				insert.setLong(3, call.enteredEpoch);
				if (call.connectedWait >= 0) {
					insert.setInt(4, call.connectedWait);
				}
				else {
					insert.setNull(4, java.sql.Types.INTEGER);
				}
				insert.setString(5, call.agent);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		// A call seen entering again (the same file imported twice) is not pending if it was completed before.
		jdbc.update("delete from telephony_pending_call where exists (select 1 from telephony_call c where "
				+ "c.call_id = telephony_pending_call.call_id and c.queue = telephony_pending_call.queue "
				+ "and c.entered_epoch = telephony_pending_call.entered_epoch)");
		return jdbc.queryForObject("select count(*) from telephony_pending_call", Long.class);
	}

	private static void storeMembers(Connection connection, List<MemberEvent> members) {
		if (members.isEmpty()) {
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement("insert into telephony_member_event "
				+ "(at_epoch, queue, agent, event) select ?, ?, ?, ? where not exists (select 1 from "
				+ "telephony_member_event where at_epoch = ? and queue = ? and agent = ? and event = ?)")) {
			for (MemberEvent event : members) {
				insert.setLong(1, event.epoch());
				insert.setString(2, event.queue());
				insert.setString(3, event.agent());
				insert.setString(4, event.event());
				insert.setLong(5, event.epoch());
				insert.setString(6, event.queue());
				insert.setString(7, event.agent());
				insert.setString(8, event.event());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("insert of member events failed", ex);
		}
		members.clear();
	}

	private Map<String, Long> reasons(ImportTally tally, Locale locale) {
		Map<String, Long> reasons = new LinkedHashMap<>();
		tally.problemsByCode.forEach((code, count) -> reasons.put(
				messages.getMessage("telephony.reason." + code, null, code, locale), count));
		return reasons;
	}

	private CallImportReport.Problem problem(LineProblem problem, Locale locale) {
		return new CallImportReport.Problem(problem.line(),
				messages.getMessage(problem.code(), problem.args(), problem.code(), locale));
	}

	private static String truncate(String value, int length) {
		return value.length() <= length ? value : value.substring(0, length);
	}

	static Date sqlDate(java.time.LocalDate day) {
		return Date.valueOf(day);
	}

}
