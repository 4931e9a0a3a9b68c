package it.sportello.reporting.tickets;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Percentiles of durations by the nearest-rank method: always one of the values measured, never an interpolation. */
final class Percentiles {

	private Percentiles() {
	}

	/** The {@code percent}-th percentile of {@code sorted} (ascending); null for an empty list. */
	static @Nullable Long nearestRank(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

}
