package it.sportello.shared.ratelimit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the attempt counters to the keys that still count: one delete every so often, on one node. */
@Component
class ExpiredAttemptsPurge {

	private final AttemptLimits limits;

	ExpiredAttemptsPurge(AttemptLimits limits) {
		this.limits = limits;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "attempt-counter-purge")
	void purge() {
		limits.purgeExpired();
	}

}
