package it.sportello.shared.attachments;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A stored file with its bytes, to be sent to whoever may read it. */
public record AttachmentContent(AttachmentView description, byte[] bytes) {

	/** The bytes as a stream (a copy of nothing: the stream reads the array). */
	public InputStream stream() {
		return new ByteArrayInputStream(bytes);
	}

}
