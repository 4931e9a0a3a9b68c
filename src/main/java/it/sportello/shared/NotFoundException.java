package it.sportello.shared;

import org.springframework.http.HttpStatus;

/** Something asked for does not exist, or the asker may not know it exists (answered 404). */
public class NotFoundException extends DomainException {

	public NotFoundException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}

}
