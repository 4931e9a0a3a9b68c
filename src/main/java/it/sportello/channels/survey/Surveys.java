package it.sportello.channels.survey;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import it.sportello.channels.Satisfaction;
import it.sportello.channels.SatisfactionResult;
import it.sportello.shared.Channel;
import it.sportello.shared.ConflictException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import it.sportello.ticketing.TicketClosed;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey (S-Q3). A ticket closed with an answer gets one invitation, a random token
 * ({@link #invite}); the closing notification sends the link by the citizen's channel. One answer per ticket: the first marks the invitation answered. The
 * answer is stored apart, with the channel, the level and the department but not the ticket, the token or the time
 * of day, so the results cannot be traced back to a citizen.
 */
@Service
public class Surveys implements Satisfaction {

	private static final ZoneId ROME = ZoneId.of("Europe/Rome");

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Surveys(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The ticket's invitation, written now if it has none: one per ticket closed with an answer (none when the call
	 * was put through to an office). Called by the listener that writes the closing notification, in its transaction,
	 * so that the link the notification carries is there as soon as the notification is; delivered again after a
	 * crash, the ticket keeps its first invitation.
	 *
	 * @return the survey's path ({@code /sondaggio/…}); empty for a forwarded call
	 */
	@Transactional
	public Optional<String> invite(TicketClosed closed) {
		if (closed.forwardedTo() != null) {
			return Optional.empty();
		}
		Optional<String> existing = linkFor(closed.number());
		if (existing.isPresent()) {
			return existing;
		}
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.update("""
				insert into survey_invitation (ticket_number, token, channel, resolved_level, department_code, invited_at, answered)
				values (?, ?, ?, ?, ?, ?, false)""",
				closed.number(), token, closed.channel().name(), closed.resolvedAtLevel().name(), closed.departmentCode(),
				Timestamp.from(closed.at()));
		return Optional.of("/sondaggio/" + token);
	}

	/** The survey's path for the ticket ({@code /sondaggio/…}), for the message that invites the citizen. */
	@Transactional(readOnly = true)
	public Optional<String> linkFor(String ticketNumber) {
		return jdbc.queryForList("select token from survey_invitation where ticket_number = ?", String.class,
				ticketNumber).stream().findFirst().map(token -> "/sondaggio/" + token);
	}

	/** Whether the token is an invitation not answered yet (the page shows the form or says it is done). */
	@Transactional(readOnly = true)
	public boolean isOpen(String token) {
		List<Boolean> answered = jdbc.queryForList("select answered from survey_invitation where token = ?",
				Boolean.class, token);
		if (answered.isEmpty()) {
			throw new NotFoundException("survey.not-found");
		}
		return !answered.get(0);
	}

	@Transactional
	public void answer(String token, @Nullable Integer usefulness, @Nullable Integer speed, @Nullable String comment) {
		int useful = mark(usefulness, "usefulness");
		int quick = mark(speed, "speed");
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > 1000) {
			throw new InvalidInputException("comment", "survey.comment.too-long", 1000);
		}
		List<String[]> invitation = jdbc.query(
				"select channel, resolved_level, department_code from survey_invitation where token = ?",
				(row, i) -> new String[] { row.getString(1), row.getString(2), row.getString(3) }, token);
		if (invitation.isEmpty()) {
			throw new NotFoundException("survey.not-found");
		}
		// The update decides between two answers sent at once: only one finds the invitation unanswered.
		if (jdbc.update("update survey_invitation set answered = true where token = ? and answered = false", token) == 0) {
			throw new ConflictException("survey.already-answered");
		}
		String[] group = invitation.get(0);
		jdbc.update("""
				insert into survey_answer (channel, resolved_level, department_code, usefulness, speed, comment, answered_on)
				values (?, ?, ?, ?, ?, ?, ?)""", group[0], group[1], group[2], useful, quick, text,
				Date.valueOf(LocalDate.now(clock.withZone(ROME))));
	}

	@Override
	@Transactional(readOnly = true)
	public List<SatisfactionResult> results() {
		return jdbc.query("""
				select channel, resolved_level, department_code, count(*), avg(cast(usefulness as double precision)),
				       avg(cast(speed as double precision))
				from survey_answer group by channel, resolved_level, department_code
				order by channel, resolved_level, department_code""",
				(row, i) -> new SatisfactionResult(Channel.valueOf(row.getString(1)), row.getString(2), row.getString(3),
						row.getLong(4), Math.round(row.getDouble(5) * 100) / 100.0,
						Math.round(row.getDouble(6) * 100) / 100.0));
	}

	/** The comments, newest first, without anything that names the ticket. */
	@Transactional(readOnly = true)
	public List<String> comments() {
		return jdbc.queryForList(
				"select comment from survey_answer where comment is not null order by answered_on desc, id desc limit 50",
				String.class);
	}

	private static int mark(@Nullable Integer value, String field) {
		if (value == null || value < 1 || value > 5) {
			throw new InvalidInputException(field, "survey.mark.invalid");
		}
		return value;
	}

}
