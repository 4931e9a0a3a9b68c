package it.sportello;

import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A scheduled job of the two-node test, added to each node by hand (not a component: other tests' contexts
 * must not run it). It is due every 100 ms on each node, and keeps its lock for at least a second once it ran.
 */
public class ProbeJob {

	static final String LOCK = "two-node-probe";

	private final AtomicInteger runs = new AtomicInteger();

	@Scheduled(fixedDelay = 100)
	@SchedulerLock(name = ProbeJob.LOCK, lockAtLeastFor = "PT1S", lockAtMostFor = "PT30S")
	void run() {
		runs.incrementAndGet();
	}

	int runs() {
		return runs.get();
	}

}
