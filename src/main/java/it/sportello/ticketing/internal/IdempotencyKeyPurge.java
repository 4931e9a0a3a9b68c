package it.sportello.ticketing.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys once a retry can no longer be expected (24 hours by default, as payment APIs
 * do), so that the table does not grow by one row per API opening for ever. A retry after that opens a
 * new ticket. Every node may run it: deleting what another node deleted is harmless.
 */
@Component
class IdempotencyKeyPurge {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

	private final IdempotencyKeyRepository keys;

	private final Clock clock;

	private final Duration keep;

	IdempotencyKeyPurge(IdempotencyKeyRepository keys, Clock clock, TicketingProperties properties) {
		this.keys = keys;
		this.clock = clock;
		this.keep = properties.idempotencyKeys().keep();
	}

	@Scheduled(fixedDelayString = "${sportello.tickets.idempotency-keys.purge-every:PT1H}",
			initialDelayString = "${sportello.tickets.idempotency-keys.purge-every:PT1H}")
	@net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "idempotency-key-purge")
	int purge() {
		int removed = keys.deleteRecordedBefore(clock.instant().minus(keep));
		if (removed > 0) {
			log.info("Forgot {} idempotency keys older than {}", removed, keep);
		}
		return removed;
	}

}
