package it.sportello.channels.sms;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/** An inbound webhook whose signature is missing or wrong: 401, and nothing of it is stored. */
public class InvalidSignatureException extends DomainException {

	public InvalidSignatureException() {
		super("channels.sms.signature-invalid");
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.UNAUTHORIZED;
	}

}
