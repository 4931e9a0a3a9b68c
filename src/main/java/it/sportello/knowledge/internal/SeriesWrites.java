package it.sportello.knowledge.internal;

import java.util.Objects;
import java.util.function.Supplier;

import it.sportello.shared.ConflictException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write that takes the next id of a series ({@code SI-0078}, {@code FAQ-0211}, {@code EI-0004}) after the highest in
 * use. Two writers reading the same highest id at once collide on the primary key; the loser's transaction is rolled
 * back and run again, now reading the winner's id. After a few lost races in a row the request is refused with a 409
 * (never a 500), and nothing of it is written.
 */
@Component
class SeriesWrites {

	static final int ATTEMPTS = 5;

	private final TransactionTemplate transaction;

	SeriesWrites(PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Runs {@code work} in a transaction of its own, again when a new id collided. The work must flush its inserts,
	 * so that a collision is known here; it must not be called inside another transaction.
	 */
	<T> T withNextIds(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return Objects.requireNonNull(transaction.execute(status -> work.get()));
			}
			catch (DataIntegrityViolationException collision) {
				if (attempt == ATTEMPTS) {
					throw new ConflictException("knowledge.series.busy");
				}
			}
		}
	}

}
