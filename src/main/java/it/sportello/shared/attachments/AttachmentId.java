package it.sportello.shared.attachments;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a stored file: what a ticket, a message or a sheet keeps to refer to it. */
public record AttachmentId(UUID value) {

	public AttachmentId {
		Objects.requireNonNull(value, "value");
	}

	/** An identifier as written in a URL or a JSON document. */
	public static AttachmentId parse(String text) {
		return new AttachmentId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
