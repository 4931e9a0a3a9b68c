package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * First level moved a ticket up: to the back office (S-TT5, {@code to} is {@link Level#BACK_OFFICE}, no department)
 * or straight to a department's support (S-TT4, {@code to} is {@link Level#DEPARTMENT} with the department and the
 * deadline of its answer). One event for either: an escalation to a department is not also a {@link TicketAssigned}.
 */
public record TicketEscalated(String number, String categoryCode, Channel channel, Level to,
		@Nullable String departmentCode, @Nullable Instant dueAt, String by, Instant at) implements TicketEvent {

	/** Whether the ticket went straight to a department (S-TT4) rather than to the back office. */
	public boolean toDepartment() {
		return to == Level.DEPARTMENT;
	}

}
