package it.sportello.knowledge.web;

import it.sportello.knowledge.internal.SheetChangedException;
import org.jspecify.annotations.Nullable;

/** A sheet's version as an entity tag, and the version a client's {@code If-Match} expects. */
final class SheetETags {

	private SheetETags() {
	}

	static String of(long version) {
		return "\"" + version + "\"";
	}

	/** Null when the client sent no If-Match (or {@code *}); a tag that is no version of ours never matches. */
	static @Nullable Long expected(@Nullable String ifMatch, String id) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		try {
			return Long.parseLong(tag.replace("\"", ""));
		}
		catch (NumberFormatException notOurs) {
			throw new SheetChangedException(id);
		}
	}

}
