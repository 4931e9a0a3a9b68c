package it.sportello.knowledge.web;

import it.sportello.knowledge.internal.SheetChangedException;
import it.sportello.shared.web.EntityTags;
import org.jspecify.annotations.Nullable;

/** A sheet's version as an entity tag, and the version a client's {@code If-Match} expects ({@link EntityTags}). */
final class SheetETags {

	private SheetETags() {
	}

	static String of(long version) {
		return EntityTags.of(version);
	}

	static @Nullable Long expected(@Nullable String ifMatch, String id) {
		return EntityTags.expected(ifMatch, () -> new SheetChangedException(id));
	}

}
