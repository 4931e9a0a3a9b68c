package it.sportello.ticketing.web;

import it.sportello.ticketing.internal.TicketChangedException;
import org.jspecify.annotations.Nullable;

/** A ticket's version as an entity tag, and the version a client's {@code If-Match} expects. */
final class ETags {

	private ETags() {
	}

	static String of(long version) {
		return "\"" + version + "\"";
	}

	/** Null when the client sent no If-Match (or {@code *}); a tag that is no version of ours never matches. */
	static @Nullable Long expectedVersion(@Nullable String ifMatch, String number) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			throw new TicketChangedException(number);
		}
	}

}
