package it.sportello.knowledge.internal;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The client's copy of an information need is stale: someone changed it since ({@code If-Match} did not match, 412). */
public class NeedChangedException extends DomainException {

	public NeedChangedException(String id) {
		super("knowledge.need.changed", id);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.PRECONDITION_FAILED;
	}

}
