package it.sportello.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-delivers events whose listener failed (or whose node stopped) to the listener that missed them:
 * the publication registry keeps them until a listener completes, so no notification or statistic is
 * lost. Publications still running are left alone by the age threshold.
 */
@Component
class EventResubmission {

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	EventResubmission(IncompleteEventPublications incomplete,
			@Value("${sportello.events.resubmit-incomplete-after:PT5M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${sportello.events.resubmit-every:PT1M}",
			initialDelayString = "${sportello.events.resubmit-every:PT1M}")
	void resubmit() {
		incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
	}

}
