package it.sportello.channels.phone;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call log: an operator sees the calls that rang for them or that they answered, the manager every call. Waiting
 * time is from the first ring to the answer (to the hang-up for a call nobody answered); a missed inbound call is a
 * thing to do until someone marks it done (called back).
 */
@Service
public class CallLog {

	private static final int LIMIT = 200;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CallLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One call as the log shows it. {@code missed}: inbound, never answered, over. */
	public record Call(String callId, String direction, String caller, String callee, @Nullable String queue,
			String state, Instant startedAt, @Nullable Instant answeredAt, @Nullable Instant endedAt,
			@Nullable String answeredBy, @Nullable String cause, @Nullable Duration waiting, @Nullable Duration talking,
			boolean missed, boolean done) {
	}

	private static final RowMapper<Call> ROW = (row, i) -> {
		Instant started = row.getTimestamp("started_at").toInstant();
		Instant answered = instant(row.getTimestamp("answered_at"));
		Instant ended = instant(row.getTimestamp("ended_at"));
		Duration waiting = answered != null ? Duration.between(started, answered)
				: ended != null ? Duration.between(started, ended) : null;
		Duration talking = answered != null && ended != null ? Duration.between(answered, ended) : null;
		boolean missed = "in".equals(row.getString("direction")) && answered == null && ended != null;
		return new Call(row.getString("call_id"), row.getString("direction"), row.getString("caller"),
				row.getString("callee"), row.getString("queue"), row.getString("state"), started, answered, ended,
				row.getString("answered_by"), row.getString("cause"), waiting, talking, missed,
				row.getTimestamp("done_at") != null);
	};

	private static @Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	/** The calls {@code by} may see, newest first: the manager's are all, an operator's their own. */
	@Transactional(readOnly = true)
	public List<Call> calls(StaffMember by) {
		if (by.is(Role.MANAGER, Role.ADMIN)) {
			return jdbc.query("select * from phone_call order by started_at desc limit " + LIMIT, ROW);
		}
		if (!by.is(Role.FIRST_LEVEL, Role.BACK_OFFICE)) {
			throw new ForbiddenException("phone.calls.forbidden");
		}
		return jdbc.query("select * from phone_call where (answered_by = ? or ',' || ringing_for || ',' like ?)"
				+ " order by started_at desc limit " + LIMIT, ROW, by.username(), "%," + by.username() + ",%");
	}

	/** The call, if {@code by} may see it (it rang for them or they answered it; the manager sees all). */
	@Transactional(readOnly = true)
	public Optional<Call> find(String callId, StaffMember by) {
		if (by.is(Role.MANAGER, Role.ADMIN)) {
			return jdbc.query("select * from phone_call where call_id = ?", ROW, callId).stream().findFirst();
		}
		return jdbc
			.query("select * from phone_call where call_id = ? and (answered_by = ? or ',' || ringing_for || ',' like ?)",
					ROW, callId, by.username(), "%," + by.username() + ",%")
			.stream()
			.findFirst();
	}

	/** Marks a missed call done (the citizen was called back). */
	@Transactional
	public void markDone(String callId, StaffMember by) {
		Call call = find(callId, by).orElseThrow(() -> new NotFoundException("phone.call.not-found", callId));
		if (!call.missed()) {
			throw new it.sportello.shared.ConflictException("phone.call.not-missed");
		}
		jdbc.update("update phone_call set done_at = ?, done_by = ? where call_id = ? and done_at is null",
				Timestamp.from(clock.instant()), by.username(), callId);
	}

}
