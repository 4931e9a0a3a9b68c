package it.sportello.knowledge.internal;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The client's copy of a sheet is stale: someone changed it since ({@code If-Match} did not match, 412). */
public class SheetChangedException extends DomainException {

	public SheetChangedException(String id) {
		super("knowledge.sheet.changed", id);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.PRECONDITION_FAILED;
	}

}
