package it.sportello.shared.attachments;

import it.sportello.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A file the store will not keep: empty, larger than the limit (413), or of a type not allowed, as found in its
 * content (415). The message names the file and says why, in the reader's language.
 */
public class AttachmentRefusedException extends DomainException {

	private final HttpStatus status;

	private AttachmentRefusedException(HttpStatus status, String code, Object... args) {
		super(code, args);
		this.status = status;
	}

	static AttachmentRefusedException empty(String name) {
		return new AttachmentRefusedException(HttpStatus.BAD_REQUEST, "attachment.empty", name);
	}

	static AttachmentRefusedException tooLarge(String name, long maxBytes) {
		return new AttachmentRefusedException(HttpStatus.CONTENT_TOO_LARGE, "attachment.too-large", name,
				maxBytes / 1024);
	}

	static AttachmentRefusedException typeNotAllowed(String name, String detected) {
		return new AttachmentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "attachment.type-not-allowed", name,
				detected);
	}

	@Override
	public HttpStatus status() {
		return status;
	}

}
