package it.sportello.telephony.internal;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A file that is neither a queue_log, nor a CDR Master.csv, nor the generic CSV: nothing is imported (422). */
public class UnknownFormatException extends DomainException {

	public UnknownFormatException(String file) {
		super("telephony.import.unknown-format", file);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.UNPROCESSABLE_CONTENT;
	}

}
