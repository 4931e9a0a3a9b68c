package it.sportello.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import it.sportello.ticketing.TicketOpened;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener like the ones other modules will have (notifications, reporting): it records the tickets
 * it was told about, and can be made to fail, to prove that the event publication registry keeps and
 * re-delivers what a failing listener missed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingTicketListener {

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresToSimulate = new AtomicInteger();

	@ApplicationModuleListener
	void on(TicketOpened event) {
		if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new IllegalStateException("simulated failure of a listener");
		}
		received.add(event.number());
	}

	public void failNext(int times) {
		failuresToSimulate.set(times);
	}

	public List<String> received() {
		return received;
	}

}
