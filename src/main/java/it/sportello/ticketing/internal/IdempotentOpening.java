package it.sportello.ticketing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;

import it.sportello.identity.StaffMember;
import it.sportello.shared.DomainException;
import it.sportello.ticketing.OpenTicket;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opening a ticket with an {@code Idempotency-Key}: a client that retries (after a timeout, say) gets
 * the ticket its first attempt created, and nothing new is stored. Keys are per user.
 */
@Component
public class IdempotentOpening {

	private final TicketManagement management;

	private final IdempotencyKeyRepository keys;

	private final TicketRepository tickets;

	private final TransactionTemplate transaction;

	private final Clock clock;

	IdempotentOpening(TicketManagement management, IdempotencyKeyRepository keys, TicketRepository tickets,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.management = management;
		this.keys = keys;
		this.tickets = tickets;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * The outcome: the ticket, whether this call created it (false for a replayed key) and, when it did,
	 * the ticket's details as the creating transaction saw them.
	 */
	public record Opened(Ticket ticket, boolean created, @Nullable TicketDetails details) {
	}

	public Opened open(OpenTicket command, StaffMember by, @Nullable String idempotencyKey) {
		IdempotencyKey.@Nullable Key key = keyOf(idempotencyKey, by);
		String hash = key == null ? null : hash(command);
		if (key != null) {
			Opened replay = replay(key, Objects.requireNonNull(hash));
			if (replay != null) {
				return replay;
			}
		}
		management.prepareNumbering();
		for (int attempt = 1;; attempt++) {
			try {
				return Objects.requireNonNull(transaction.execute(status -> openOnce(command, by, key, hash)));
			}
			catch (DataIntegrityViolationException | OptimisticLockingFailureException conflict) {
				if (key != null) {
					// The same key was used by a request running at the same time, which won: its ticket.
					Opened winner = replay(key, Objects.requireNonNull(hash));
					if (winner != null) {
						return winner;
					}
				}
				if (attempt == 2) {
					throw conflict;
				}
				// Someone registered (or completed) the same citizen at the same moment: once more, and
				// this time their record is found.
			}
		}
	}

	private static IdempotencyKey.@Nullable Key keyOf(@Nullable String idempotencyKey, StaffMember by) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return null;
		}
		if (idempotencyKey.length() > 200) {
			throw new KeyProblem("ticket.idempotency-key-too-long");
		}
		return new IdempotencyKey.Key(by.username(), idempotencyKey);
	}

	private Opened openOnce(OpenTicket command, StaffMember by, IdempotencyKey.@Nullable Key key,
			@Nullable String hash) {
		TicketManagement.NewTicket created = management.openInTransaction(command, by);
		if (key != null) {
			keys.saveAndFlush(new IdempotencyKey(key.username(), key.idempotencyKey(), Objects.requireNonNull(hash),
					created.ticket().id(), clock.instant()));
		}
		return created(created);
	}

	/**
	 * The new ticket, described inside the transaction that created it (the citizen was just identified
	 * and that access audited: no second read of the record).
	 */
	private static Opened created(TicketManagement.NewTicket created) {
		return new Opened(created.ticket(), true, created.details());
	}

	private @Nullable Opened replay(IdempotencyKey.Key key, String hash) {
		return keys.findById(key).map(found -> {
			if (!found.requestHash().equals(hash)) {
				throw new KeyProblem("ticket.idempotency-key-reused");
			}
			return new Opened(tickets.findById(found.ticketId()).orElseThrow(), false, null);
		}).orElse(null);
	}

	private static String hash(OpenTicket command) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(command.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A key that is too long, or reused for a different request (422, as the IETF draft says). */
	static final class KeyProblem extends DomainException {

		KeyProblem(String code) {
			super(code);
		}

		@Override
		public HttpStatus status() {
			return HttpStatus.valueOf(422);
		}

	}

}
