package it.sportello.ticketing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import it.sportello.citizens.Citizens;
import it.sportello.shared.ratelimit.Attempt;
import it.sportello.shared.ratelimit.AttemptKey;
import it.sportello.shared.ratelimit.AttemptLimit;
import it.sportello.shared.ratelimit.AttemptLimits;
import it.sportello.shared.ratelimit.TooManyAttemptsException;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketNumber;
import it.sportello.ticketing.TicketState;
import it.sportello.ticketing.TrackingProof;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * S-TT12: a citizen follows a request by its ticket number. The number alone is not enough — it is
 * short and sequential — so the citizen also gives their fiscal code, phone or e-mail; repeated
 * failures from one address are refused for a while so numbers cannot be enumerated. Each look-up takes an
 * attempt before it checks anything and gives it back when it finds the ticket: of a burst of parallel
 * guesses no more than the limit are checked, on any number of nodes (the count is in the database). Wrong proofs
 * for one number are limited too, whatever the address; besides the citizen's own identifiers, a proof may be
 * what a {@link TrackingProof} accepts (the portal's access code).
 */
@Service
public class PublicTracking {

	private static final AttemptLimit LIMIT = new AttemptLimit(10, Duration.ofMinutes(15), Duration.ofMinutes(15));

	/**
	 * Wrong proofs for one number, from any number of addresses: a short access code must not be guessed by spreading
	 * the attempts over many addresses.
	 */
	private static final AttemptLimit NUMBER_LIMIT = new AttemptLimit(10, Duration.ofHours(1), Duration.ofHours(1));

	private final TicketRepository tickets;

	private final Citizens citizens;

	private final AttemptLimits limits;

	private final TransactionTemplate reads;

	private final List<TrackingProof> proofs;

	PublicTracking(TicketRepository tickets, Citizens citizens, AttemptLimits limits,
			PlatformTransactionManager transactions, List<TrackingProof> proofs) {
		this.proofs = List.copyOf(proofs);
		this.tickets = tickets;
		this.citizens = citizens;
		this.limits = limits;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/** What the citizen sees: where the request stands, never internal notes or staff names. */
	public record Status(String number, TicketState state, @Nullable Level level, Instant openedAt,
			Instant updatedAt, @Nullable Instant closedAt, @Nullable String answer) {
	}

	public Optional<Status> track(String number, String proof, String clientAddress) {
		AttemptKey key = new AttemptKey("tracking", clientAddress);
		Attempt attempt = limits.attempt(key, LIMIT);
		if (!attempt.granted()) {
			throw new TooManyAttemptsException(attempt, "tracking.too-many-attempts");
		}
		AttemptKey numberKey = new AttemptKey("tracking-number", number.strip());
		Attempt numberAttempt = limits.attempt(numberKey, NUMBER_LIMIT);
		if (!numberAttempt.granted()) {
			limits.giveBack(key);
			throw new TooManyAttemptsException(numberAttempt, "tracking.too-many-attempts");
		}
		// The attempt is taken before the read's transaction: a burst must not hold connections while it waits.
		Optional<Status> status = reads.execute(tx -> find(number, proof));
		if (status.isPresent()) {
			limits.giveBack(key);
			limits.giveBack(numberKey);
		}
		return status;
	}

	private boolean proves(Ticket ticket, String proof) {
		for (TrackingProof other : proofs) {
			if (other.proves(ticket.number(), proof.strip())) {
				return true;
			}
		}
		return citizens.hasIdentifier(ticket.citizenId(), proof);
	}

	private Optional<Status> find(String number, String proof) {
		return Optional.of(number.strip())
			.filter(TicketNumber::isWellFormed)
			.flatMap(tickets::findByNumber)
			.filter(t -> proof != null && !proof.isBlank() && proves(t, proof))
			.map(t -> new Status(t.number().value(), t.state(), t.level(), t.openedAt(), t.updatedAt(), t.closedAt(),
					t.state() == TicketState.CLOSED && t.forwardedTo() == null ? t.resolution() : null));
	}

}
