package it.sportello.knowledge.internal;

import org.jspecify.annotations.Nullable;

/**
 * The next id of a series after the highest one in use: {@code SI-0077} gives {@code SI-0078}. Two writers taking the
 * same id at once collide on the primary key, never overwrite: {@link SeriesWrites} runs the loser again.
 */
final class SeriesIds {

	private SeriesIds() {
	}

	static String next(String prefix, @Nullable String highest) {
		long number = highest == null ? 0 : Long.parseLong(highest.substring(prefix.length()));
		return prefix + String.format("%04d", number + 1);
	}

}
