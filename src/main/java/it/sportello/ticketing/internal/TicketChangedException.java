package it.sportello.ticketing.internal;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * The ticket changed since the caller read it (another operator acted on it): the API answers 412
 * when the caller sent If-Match, the page tells the operator to reload.
 */
public class TicketChangedException extends DomainException {

	public TicketChangedException(String number) {
		super("ticket.changed", number);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.PRECONDITION_FAILED;
	}

}
