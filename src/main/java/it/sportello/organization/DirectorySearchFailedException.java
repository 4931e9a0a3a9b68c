package it.sportello.organization;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A directory search that failed for a reason of ours, not of the query: the caller gets a problem detail
 * saying so, and a result list shown before must be cleared rather than kept.
 */
public class DirectorySearchFailedException extends DomainException {

	public DirectorySearchFailedException(RuntimeException cause) {
		super("directory.search.failed");
		initCause(cause);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
