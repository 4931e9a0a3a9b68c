package it.sportello.channels.phone;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A telephony event refused as Zammad refuses it: 401 for a wrong token, 422 for what it cannot read. */
public class CtiRefusedException extends DomainException {

	private final HttpStatus status;

	CtiRefusedException(HttpStatus status, String code, Object... args) {
		super(code, args);
		this.status = status;
	}

	@Override
	public HttpStatus status() {
		return status;
	}

}
