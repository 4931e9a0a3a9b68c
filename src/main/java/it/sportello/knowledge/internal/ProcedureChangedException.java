package it.sportello.knowledge.internal;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The client's copy of a procedure is stale: someone changed it since ({@code If-Match} did not match, 412). */
public class ProcedureChangedException extends DomainException {

	public ProcedureChangedException(String id) {
		super("knowledge.procedure.changed", id);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.PRECONDITION_FAILED;
	}

}
