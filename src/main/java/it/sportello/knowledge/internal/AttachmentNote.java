package it.sportello.knowledge.internal;

import org.jspecify.annotations.Nullable;

/**
 * An attachment a sheet lists: its title and kind (MODULO, BANDO, TABELLA, SCHEMA); {@code attachmentId} names the
 * file in the shared attachment store once one is uploaded (the source files list titles only).
 */
public record AttachmentNote(String title, String kind, @Nullable Long attachmentId) {
}
