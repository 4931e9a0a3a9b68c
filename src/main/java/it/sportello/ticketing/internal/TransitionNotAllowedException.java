package it.sportello.ticketing.internal;

import it.sportello.shared.ConflictException;
import it.sportello.ticketing.TicketState;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** An action that the ticket's current state (or who holds it) does not allow: answered 409. */
public class TransitionNotAllowedException extends ConflictException {

	public TransitionNotAllowedException(String number, TicketState state, TicketAction action) {
		super("ticket.transition-not-allowed", number, new DefaultMessageSourceResolvable("ticket.state." + state.name()),
				new DefaultMessageSourceResolvable(action.messageCode()));
	}

}
