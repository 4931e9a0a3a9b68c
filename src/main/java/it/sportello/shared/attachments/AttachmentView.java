package it.sportello.shared.attachments;

import java.time.Instant;

/**
 * A stored file as described without its bytes: the name it came with, the media type found in its content, its size
 * in bytes, its SHA-256 (hex) and when it was stored.
 */
public record AttachmentView(AttachmentId id, String name, String mediaType, long size, String sha256,
		Instant createdAt) {
}
