package it.sportello.channels.mail;

import org.jspecify.annotations.Nullable;

/** A message that cannot be read as e-mail: it is set aside and reported, never retried blindly. */
public class UnreadableMailException extends RuntimeException {

	public UnreadableMailException(String reason, @Nullable Throwable cause) {
		super(reason, cause);
	}

}
