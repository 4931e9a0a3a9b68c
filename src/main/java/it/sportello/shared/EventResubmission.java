package it.sportello.shared;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-delivers events whose listener failed to the listener that missed them, through the publication
 * registry's own failed-publication management: the registry keeps each publication until its listener
 * completes, marks it failed when the listener throws (or, through its staleness monitor, when a node stopped
 * while delivering it), and claims each one it resubmits, so no notification or statistic is lost or sent
 * twice. The job runs on one node at a time.
 */
@Component
@EnableConfigurationProperties(SharedProperties.class)
class EventResubmission {

	private final FailedEventPublications failed;

	private final SharedProperties.Events settings;

	EventResubmission(FailedEventPublications failed, SharedProperties properties) {
		this.failed = failed;
		this.settings = properties.events();
	}

	@Scheduled(fixedDelayString = "${sportello.events.resubmit-every:PT1M}",
			initialDelayString = "${sportello.events.resubmit-every:PT1M}")
	@SchedulerLock(name = "event-resubmission")
	void resubmit() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(settings.resubmitIncompleteAfter()));
	}

}
