package it.sportello.ticketing;

import java.time.Instant;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A ticket was closed: answered (S-TT3, S-TT8, S-TT10), {@code resolvedAtLevel} saying which level found the answer,
 * or forwarded to an office (S-TT6, {@code forwardedTo} naming it). The answer itself is read through
 * {@link TicketDesk#closedAnswer}.
 */
public record TicketClosed(String number, String categoryCode, Channel channel, Level resolvedAtLevel,
		@Nullable String departmentCode, @Nullable String forwardedTo, String by, Instant at) implements TicketEvent {
}
