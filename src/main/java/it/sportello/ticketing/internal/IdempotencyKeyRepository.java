package it.sportello.ticketing.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface IdempotencyKeyRepository extends JpaRepository<IdempotencyKey, IdempotencyKey.Key> {

	/** Forgets the keys recorded before {@code before}; returns how many. */
	@Transactional
	@Modifying
	@Query("delete from IdempotencyKey k where k.createdAt < :before")
	int deleteRecordedBefore(Instant before);

}
