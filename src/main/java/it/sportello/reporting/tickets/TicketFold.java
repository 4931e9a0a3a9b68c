package it.sportello.reporting.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import it.sportello.shared.Channel;
import it.sportello.ticketing.Level;
import org.jspecify.annotations.Nullable;

/**
 * Where a ticket stands, folded from all its events sorted by time: the same events give the same row whatever order
 * they arrived in and however often. A ticket whose opening has not arrived yet has no opening time, and counts in
 * no figure that needs one until it does.
 */
record TicketFold(String number, Channel channel, String categoryCode, @Nullable Instant openedAt,
		@Nullable Level holderLevel, @Nullable String departmentCode, @Nullable Instant dueAt,
		@Nullable Instant closedAt, @Nullable Level resolvedLevel) {

	static final Comparator<RecordedEvent> TIME_ORDER = Comparator.comparing(RecordedEvent::at)
		.thenComparing(RecordedEvent::kind);

	static TicketFold of(List<RecordedEvent> events) {
		List<RecordedEvent> sorted = events.stream().sorted(TIME_ORDER).toList();
		RecordedEvent first = sorted.get(0);
		Instant opened = null;
		Level holder = Level.FIRST_LEVEL;
		String department = null;
		Instant due = null;
		Instant closed = null;
		Level resolved = null;
		for (RecordedEvent e : sorted) {
			switch (e.kind()) {
				case OPENED -> opened = e.at();
				case ESCALATED, ASSIGNED -> {
					holder = e.level();
					department = holder == Level.DEPARTMENT ? e.departmentCode() : null;
					due = holder == Level.DEPARTMENT ? e.dueAt() : null;
				}
				case RETURNED -> {
					holder = Level.BACK_OFFICE;
					department = null;
					due = null;
				}
				case RELAYED -> {
					holder = Level.FIRST_LEVEL;
					department = null;
					due = null;
				}
				case CLOSED -> {
					holder = null;
					department = null;
					due = null;
					closed = e.at();
					resolved = e.level();
				}
				case REOPENED -> {
					holder = e.level();
					department = holder == Level.DEPARTMENT ? e.departmentCode() : null;
					// The reopening's new deadline is not in the event: the department's ticket counts as open, not
					// as overdue, until it moves again.
					due = null;
					closed = null;
					resolved = null;
				}
				case WAITING -> {
					// The department waits for the citizen: the clock is stopped, the ticket cannot be late.
					due = null;
				}
				case RESUMED -> {
					if (holder == Level.DEPARTMENT) {
						due = e.dueAt();
					}
				}
				case REMINDED -> {
				}
			}
		}
		return new TicketFold(first.number(), first.channel(), first.categoryCode(), opened, holder, department, due,
				closed, resolved);
	}

	/** Seconds from opening to closing, when both are known. */
	@Nullable Long secondsToClose() {
		return openedAt == null || closedAt == null ? null : Duration.between(openedAt, closedAt).toSeconds();
	}

}
