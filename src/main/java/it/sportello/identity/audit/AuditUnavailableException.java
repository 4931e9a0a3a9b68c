package it.sportello.identity.audit;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * The access audit could not store a request's entries in time: what was read is not shown (503), because a read
 * of a citizen's data without its audit row is what the audit exists to prevent.
 */
class AuditUnavailableException extends DomainException {

	AuditUnavailableException() {
		super("problem.http.503");
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.SERVICE_UNAVAILABLE;
	}

}
