package it.sportello.reporting.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import it.sportello.shared.Channel;
import it.sportello.ticketing.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicketFoldTests {

	private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

	private static RecordedEvent event(EventKind kind, int minutes, Level level, String department, Instant due) {
		return new RecordedEvent("2026-000001", kind, T0.plusSeconds(60L * minutes), Channel.PHONE, "INFORMAZIONI",
				level, department, due);
	}

	private static List<RecordedEvent> history() {
		Instant due = T0.plusSeconds(86_400 * 7);
		return List.of(event(EventKind.OPENED, 0, Level.FIRST_LEVEL, null, null),
				event(EventKind.ESCALATED, 5, Level.BACK_OFFICE, null, null),
				event(EventKind.ASSIGNED, 60, Level.DEPARTMENT, "AGRI", due),
				event(EventKind.REMINDED, 600, Level.DEPARTMENT, "AGRI", null),
				event(EventKind.CLOSED, 1440, Level.DEPARTMENT, "AGRI", null),
				event(EventKind.REOPENED, 2000, Level.DEPARTMENT, "AGRI", null),
				event(EventKind.CLOSED, 2880, Level.DEPARTMENT, "AGRI", null));
	}

	@Test
	void eventsInAnyOrderAndRepeatedFoldToTheSameTicket() {
		TicketFold inOrder = TicketFold.of(history());
		Random random = new Random(13);
		for (int i = 0; i < 50; i++) {
			List<RecordedEvent> shuffled = new ArrayList<>(history());
			shuffled.addAll(history().subList(0, random.nextInt(history().size())));
			Collections.shuffle(shuffled, random);
			assertThat(TicketFold.of(shuffled)).isEqualTo(inOrder);
		}
		assertThat(inOrder.closedAt()).isEqualTo(T0.plusSeconds(60L * 2880));
		assertThat(inOrder.resolvedLevel()).isEqualTo(Level.DEPARTMENT);
		assertThat(inOrder.secondsToClose()).isEqualTo(60L * 2880);
		assertThat(inOrder.holderLevel()).isNull();
	}

	@Test
	void aTicketStillAtADepartmentKeepsItsDeadline() {
		TicketFold fold = TicketFold.of(history().subList(0, 4));
		assertThat(fold.holderLevel()).isEqualTo(Level.DEPARTMENT);
		assertThat(fold.departmentCode()).isEqualTo("AGRI");
		assertThat(fold.dueAt()).isEqualTo(T0.plusSeconds(86_400 * 7));
	}

	@Test
	void aWaitingTicketHasNoDeadlineAndAfterResumingTheMovedOneInAnyOrder() {
		Instant moved = T0.plusSeconds(86_400 * 9);
		List<RecordedEvent> waited = new ArrayList<>(history().subList(0, 4));
		waited.add(event(EventKind.WAITING, 700, Level.DEPARTMENT, "AGRI", null));
		TicketFold waiting = TicketFold.of(waited);
		assertThat(waiting.holderLevel()).isEqualTo(Level.DEPARTMENT);
		assertThat(waiting.departmentCode()).isEqualTo("AGRI");
		assertThat(waiting.dueAt()).as("the clock is stopped").isNull();

		waited.add(event(EventKind.RESUMED, 900, Level.DEPARTMENT, "AGRI", moved));
		Collections.shuffle(waited, new Random(7));
		TicketFold resumed = TicketFold.of(waited);
		assertThat(resumed.dueAt()).isEqualTo(moved);
		assertThat(resumed.departmentCode()).isEqualTo("AGRI");
	}

	@Test
	void aClosingWhoseOpeningHasNotArrivedHasNoTimeToClose() {
		TicketFold fold = TicketFold.of(List.of(history().get(4)));
		assertThat(fold.openedAt()).isNull();
		assertThat(fold.secondsToClose()).isNull();
	}

	@Test
	void percentilesAreValuesMeasuredByNearestRank() {
		List<Long> sorted = List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L);
		assertThat(Percentiles.nearestRank(sorted, 50)).isEqualTo(50L);
		assertThat(Percentiles.nearestRank(sorted, 90)).isEqualTo(90L);
		assertThat(Percentiles.nearestRank(List.of(7L), 90)).isEqualTo(7L);
		assertThat(Percentiles.nearestRank(List.of(), 50)).isNull();
	}

}
