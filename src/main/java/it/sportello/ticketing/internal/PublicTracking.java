package it.sportello.ticketing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.sportello.citizens.Citizens;
import it.sportello.shared.DomainException;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketNumber;
import it.sportello.ticketing.TicketState;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * S-TT12: a citizen follows a request by its ticket number. The number alone is not enough — it is
 * short and sequential — so the citizen also gives their fiscal code, phone or e-mail; repeated
 * failures from one address are refused for a while so numbers cannot be enumerated.
 */
@Service
@Transactional(readOnly = true)
public class PublicTracking {

	private static final int MAX_FAILURES = 10;

	private final TicketRepository tickets;

	private final Citizens citizens;

	private final Cache<String, Integer> failures = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(15))
		.maximumSize(100_000)
		.build();

	PublicTracking(TicketRepository tickets, Citizens citizens) {
		this.tickets = tickets;
		this.citizens = citizens;
	}

	/** What the citizen sees: where the request stands, never internal notes or staff names. */
	public record Status(String number, TicketState state, @Nullable Level level, Instant openedAt,
			Instant updatedAt, @Nullable Instant closedAt, @Nullable String answer) {
	}

	public Optional<Status> track(String number, String proof, String clientAddress) {
		Integer failed = failures.getIfPresent(clientAddress);
		if (failed != null && failed >= MAX_FAILURES) {
			throw new TooManyAttempts();
		}
		Optional<Status> status = Optional.of(number.strip())
			.filter(TicketNumber::isWellFormed)
			.flatMap(tickets::findByNumber)
			.filter(t -> proof != null && !proof.isBlank() && citizens.hasIdentifier(t.citizenId(), proof))
			.map(t -> new Status(t.number().value(), t.state(), t.level(), t.openedAt(), t.updatedAt(), t.closedAt(),
					t.state() == TicketState.CLOSED && t.forwardedTo() == null ? t.resolution() : null));
		if (status.isEmpty()) {
			failures.asMap().merge(clientAddress, 1, Integer::sum);
		}
		return status;
	}

	static final class TooManyAttempts extends DomainException {

		TooManyAttempts() {
			super("tracking.too-many-attempts");
		}

		@Override
		public HttpStatus status() {
			return HttpStatus.TOO_MANY_REQUESTS;
		}

	}

}
