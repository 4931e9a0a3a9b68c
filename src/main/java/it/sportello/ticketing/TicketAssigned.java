package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The back office gave a ticket to a department's support (S-TT8), or moved it to another department
 * ({@code previousDepartmentCode}), with the deadline of its answer. First level's escalation straight to a
 * department is a {@link TicketEscalated}, not this.
 */
public record TicketAssigned(String number, String categoryCode, Channel channel, String departmentCode,
		@Nullable String previousDepartmentCode, Instant dueAt, String by, Instant at) implements TicketEvent {
}
