package it.sportello.knowledge.internal;

import java.time.Instant;

/**
 * A file of a sheet as the API and the page show it: title, kind ({@code MODULO}, {@code BANDO}, {@code TABELLA},
 * {@code SCHEMA}), the name it came with, the media type detected from its content, its size, who added it and when.
 */
public record SheetFileView(long id, String title, String kind, String fileName, String mediaType, long size,
		String addedBy, Instant addedAt) {

	static SheetFileView of(SheetFile file, it.sportello.shared.attachments.AttachmentView stored) {
		return new SheetFileView(file.id(), file.title(), file.kind(), stored.name(), stored.mediaType(), stored.size(),
				file.addedBy(), file.addedAt());
	}

}
