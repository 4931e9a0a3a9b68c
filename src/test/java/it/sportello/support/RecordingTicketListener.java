package it.sportello.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import it.sportello.ticketing.TicketEvent;
import it.sportello.ticketing.TicketOpened;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener like the ones other modules will have (notifications, reporting): it records every ticket event it was
 * told about, and can be made to fail on openings, to prove that the event publication registry keeps and re-delivers
 * what a failing listener missed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingTicketListener {

	private final List<TicketEvent> events = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresToSimulate = new AtomicInteger();

	@ApplicationModuleListener
	void on(TicketEvent event) {
		if (event instanceof TicketOpened && failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new IllegalStateException("simulated failure of a listener");
		}
		events.add(event);
	}

	public void failNext(int times) {
		failuresToSimulate.set(times);
	}

	/** The numbers of the tickets whose opening was received. */
	public List<String> received() {
		return events.stream().filter(TicketOpened.class::isInstance).map(TicketEvent::number).toList();
	}

	/** Every event received about the ticket {@code number}, in the order received. */
	public List<TicketEvent> eventsOf(String number) {
		return events.stream().filter(event -> event.number().equals(number)).toList();
	}

}
