package it.sportello.channels.phone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import it.sportello.identity.StaffDirectory;
import it.sportello.identity.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Telephony events in Zammad's generic CTI format become the call log and the screen-pops. Each event of a call is
 * recorded once ({@code phone_call_event}'s key): a switch that posts it again, to this node or another, gets the same
 * answer and changes nothing. A screen-pop is a row in the database, so the node that serves the operator's page
 * pushes it whichever node received the event.
 */
@Service
@EnableConfigurationProperties(CtiProperties.class)
public class CallEvents {

	private final JdbcTemplate jdbc;

	private final StaffDirectory staff;

	private final CtiProperties properties;

	private final TransactionTemplate transaction;

	private final Set<String> blocked;

	private final Clock clock;

	CallEvents(JdbcTemplate jdbc, StaffDirectory staff, CtiProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.blocked = new LinkedHashSet<>();
		properties.blockedCallers().stream().filter(n -> !n.isBlank()).map(CallerNumbers::normalized).forEach(blocked::add);
	}

	/** Checks the token in constant time; a blank setting refuses every token. */
	public void checkToken(String token) {
		String expected = properties.token();
		if (expected.isBlank() || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8))) {
			throw new CtiRefusedException(HttpStatus.UNAUTHORIZED, "cti.token.invalid");
		}
	}

	/** Records the event (once) and says what the switch should do: empty for Zammad's {@code {}}. */
	public Optional<CtiAction> receive(String token, CtiEvent event) {
		checkToken(token);
		String kind = required(event.event(), "event");
		if (!List.of("newCall", "answer", "hangup").contains(kind)) {
			throw new CtiRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "cti.event.invalid", kind);
		}
		String direction = required(event.direction(), "direction");
		if (!direction.equals("in") && !direction.equals("out")) {
			throw new CtiRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "cti.direction.invalid", direction);
		}
		String callId = required(event.callId(), "callId");
		if (callId.length() > 100) {
			throw new CtiRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "cti.call-id.too-long");
		}
		try {
			transaction.executeWithoutResult(tx -> record(kind, direction, callId, event));
		}
		catch (DuplicateKeyException repeated) {
			// The same event posted twice at once: the other request recorded it.
		}
		return kind.equals("newCall") ? action(direction, event) : Optional.empty();
	}

	/** The answer depends only on the event and the settings, so a repeated event gets the first one's. */
	private Optional<CtiAction> action(String direction, CtiEvent event) {
		if (direction.equals("in") && blocked.contains(CallerNumbers.normalized(event.from()))) {
			return Optional.of(CtiAction.reject());
		}
		if (direction.equals("out") && !properties.outboundCallerId().isBlank()) {
			return Optional.of(CtiAction.dial(properties.outboundCallerId(), CallerNumbers.normalized(event.to())));
		}
		return Optional.empty();
	}

	private void record(String kind, String direction, String callId, CtiEvent event) {
		Instant now = clock.instant();
		Timestamp at = Timestamp.from(now);
		int fresh = jdbc.update("""
				insert into phone_call_event (call_id, event, received_at)
				select ?, ?, ? where not exists (select 1 from phone_call_event where call_id = ? and event = ?)""",
				callId, kind, at, callId, kind);
		if (fresh == 0) {
			return;
		}
		boolean known = !jdbc.queryForList("select call_id from phone_call where call_id = ?", String.class, callId)
			.isEmpty();
		if (!known) {
			List<String> ringing = operators(event.user());
			jdbc.update("""
					insert into phone_call (call_id, direction, caller, callee, queue, ringing_for, state, started_at)
					values (?, ?, ?, ?, ?, ?, 'RINGING', ?)""", callId, direction, CallerNumbers.normalized(event.from()),
					CallerNumbers.normalized(event.to()), cut(event.queue(), 100), cut(String.join(",", ringing), 500),
					at);
			if (direction.equals("in") && !blocked.contains(CallerNumbers.normalized(event.from()))) {
				ringing.forEach(username -> pop(callId, username, at));
			}
		}
		switch (kind) {
			case "answer" -> answer(callId, event, at);
			case "hangup" -> jdbc.update(
					"update phone_call set state = 'ENDED', ended_at = ?, cause = ? where call_id = ? and state <> 'ENDED'",
					at, cut(event.cause(), 40), callId);
			default -> {
				// newCall: the row above is the call. One that comes after the call's other events (they can cross
				// on the network) finds the row they made and adds nothing.
			}
		}
	}

	private void answer(String callId, CtiEvent event, Timestamp at) {
		Optional<String> answerer = answerer(event);
		jdbc.update("""
				update phone_call set state = 'TALKING', answered_at = ?, answered_by = ?
				where call_id = ? and state = 'RINGING'""", at, answerer.orElse(null), callId);
		answerer.ifPresent(username -> {
			Integer popped = jdbc.queryForObject(
					"select count(*) from screen_pop where call_id = ? and username = ?", Integer.class, callId, username);
			String direction = jdbc.queryForObject("select direction from phone_call where call_id = ?", String.class,
					callId);
			if ((popped == null || popped == 0) && "in".equals(direction)) {
				pop(callId, username, at);
			}
		});
	}

	/** The operator who answered: by the answering number (their extension), else the single user named. */
	private Optional<String> answerer(CtiEvent event) {
		if (event.answeringNumber() != null && !event.answeringNumber().isBlank()) {
			Optional<String> byExtension = staff.findByExtension(event.answeringNumber()).map(StaffMember::username);
			if (byExtension.isPresent()) {
				return byExtension;
			}
		}
		List<String> named = operators(event.user());
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	/** The users a call names, as extensions or user names, that are staff members; others are left out. */
	private List<String> operators(List<String> users) {
		Set<String> found = new LinkedHashSet<>();
		for (String user : users) {
			if (user == null || user.isBlank() || user.length() > 64) {
				continue;
			}
			staff.findByExtension(user).or(() -> staff.find(user)).map(StaffMember::username).ifPresent(found::add);
		}
		return List.copyOf(found);
	}

	private void pop(String callId, String username, Timestamp at) {
		jdbc.update("insert into screen_pop (call_id, username, created_at) values (?, ?, ?)", callId, username, at);
	}

	private static String required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new CtiRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "cti.field.required", field);
		}
		return value.strip();
	}

	private static @Nullable String cut(@Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.length() > max ? value.substring(0, max) : value;
	}

}
