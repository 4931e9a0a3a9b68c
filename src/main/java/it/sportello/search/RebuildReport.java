package it.sportello.search;

import java.time.Duration;
import java.util.Map;

/**
 * What a rebuild of the index did: documents written per entity, stale documents removed, and how long
 * it took. Searches kept being answered throughout.
 */
public record RebuildReport(Map<String, Long> indexed, long removed, Duration took) implements java.io.Serializable {

	public long documents() {
		return indexed.values().stream().mapToLong(Long::longValue).sum();
	}

}
