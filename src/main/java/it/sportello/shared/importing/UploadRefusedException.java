package it.sportello.shared.importing;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * An uploaded file refused before it was read whole: too large once expanded (413), or not a readable archive
 * (422). The message code and its arguments say which limit and which file.
 */
public class UploadRefusedException extends DomainException {

	private final HttpStatus status;

	UploadRefusedException(HttpStatus status, String code, Object... args) {
		super(code, args);
		this.status = status;
	}

	static UploadRefusedException tooLarge(String code, Object... args) {
		return new UploadRefusedException(HttpStatus.CONTENT_TOO_LARGE, code, args);
	}

	@Override
	public HttpStatus status() {
		return status;
	}

}
