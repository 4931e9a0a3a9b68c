package it.sportello.ticketing.web;

import it.sportello.shared.web.EntityTags;
import it.sportello.ticketing.internal.TicketChangedException;
import org.jspecify.annotations.Nullable;

/** A ticket's version as an entity tag, and the version a client's {@code If-Match} expects ({@link EntityTags}). */
final class ETags {

	private ETags() {
	}

	static String of(long version) {
		return EntityTags.of(version);
	}

	static @Nullable Long expectedVersion(@Nullable String ifMatch, String number) {
		return EntityTags.expected(ifMatch, () -> new TicketChangedException(number));
	}

}
