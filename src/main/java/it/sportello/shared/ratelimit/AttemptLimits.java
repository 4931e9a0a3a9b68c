package it.sportello.shared.ratelimit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts attempts in the {@code attempt_counter} table. Asking for an attempt takes it first and checks the
 * limit on the count it took, in one transaction holding the row's lock: of any number of parallel requests
 * exactly {@code max} are granted, on one node or many. A caller gives the attempt back when it turns out not
 * to be a failure (a right password, a ticket found).
 * <p>
 * Each call commits on its own ({@code REQUIRES_NEW}). Call it outside a transaction: under a burst, requests
 * holding one connection while waiting for a second would take the whole pool and wait for each other.
 */
@Component
public class AttemptLimits {

	private static final String TAKE = """
			update attempt_counter set
			  attempts = case when expires_at <= ? then 1 else attempts + 1 end,
			  expires_at = case
			    when expires_at <= ? then ?
			    when attempts + 1 = ? then ?
			    else expires_at end
			where counter_key = ?""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AttemptLimits(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Takes one attempt for the key: granted while the count it makes is within the limit. */
	public Attempt attempt(AttemptKey key, AttemptLimit limit) {
		String stored = key.stored();
		try {
			return take(stored, limit);
		}
		catch (DuplicateKeyException firstForThisKey) {
			// Another request created the row between our update and our insert: it exists now.
			return take(stored, limit);
		}
	}

	/** Returns an attempt that was not a failure, so that it does not count. */
	public void giveBack(AttemptKey key) {
		transactions.executeWithoutResult(status -> jdbc
			.update("update attempt_counter set attempts = attempts - 1 where counter_key = ? and attempts > 0",
					key.stored()));
	}

	/** Forgets the key's count altogether (a successful login clears its account's failures). */
	public void reset(AttemptKey key) {
		transactions.executeWithoutResult(
				status -> jdbc.update("delete from attempt_counter where counter_key = ?", key.stored()));
	}

	/** Deletes the counts whose window or lock is over: they would start afresh anyway. */
	public int purgeExpired() {
		Integer deleted = transactions.execute(status -> jdbc.update("delete from attempt_counter where expires_at <= ?",
				Timestamp.from(clock.instant())));
		return deleted == null ? 0 : deleted;
	}

	/** Counted from now, not from before the wait for the row: the lock may have been set while we waited. */
	private Attempt refused(Instant until, AttemptLimit limit) {
		Duration left = Duration.between(clock.instant(), until);
		return new Attempt(false, left.compareTo(limit.lockout()) > 0 ? limit.lockout() : left);
	}

	private Attempt take(String key, AttemptLimit limit) {
		Attempt attempt = transactions.execute(status -> {
			Instant now = clock.instant();
			Timestamp at = Timestamp.from(now);
			Timestamp windowEnd = Timestamp.from(now.plus(limit.max() == 1 ? limit.lockout() : limit.window()));
			Timestamp lockEnd = Timestamp.from(now.plus(limit.lockout()));
			int updated = jdbc.update(TAKE, at, at, windowEnd, limit.max(), lockEnd, key);
			if (updated == 0) {
				jdbc.update("insert into attempt_counter (counter_key, attempts, expires_at) values (?, 1, ?)", key,
						windowEnd);
				return Attempt.grantedAttempt();
			}
			// The update holds the row's lock until commit: this reads our own count, not a later one.
			return jdbc.queryForObject("select attempts, expires_at from attempt_counter where counter_key = ?",
					(row, i) -> row.getInt(1) <= limit.max() ? Attempt.grantedAttempt()
							: refused(row.getTimestamp(2).toInstant(), limit),
					key);
		});
		if (attempt == null) {
			throw new IllegalStateException("the attempt transaction returned nothing");
		}
		return attempt;
	}

}
