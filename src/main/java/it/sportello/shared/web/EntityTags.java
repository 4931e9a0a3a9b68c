package it.sportello.shared.web;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * An aggregate's version as an HTTP entity tag ({@code ETag}), and the version a client's {@code If-Match} expects:
 * one reading of the header for every resource edited with optimistic locking.
 */
public final class EntityTags {

	private EntityTags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Null when the client sent no If-Match (or {@code *}); a tag that is no version of ours never matches, so it is
	 * refused with {@code changed} (a 412).
	 */
	public static @Nullable Long expected(@Nullable String ifMatch, Supplier<? extends RuntimeException> changed) {
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
			throw changed.get();
		}
	}

}
