package it.sportello.ticketing.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ticketing module's settings ({@code sportello.tickets.*}).
 *
 * @param categoriesCacheTtl how long a node keeps the category list in memory: a change shows at once on the node
 * that made it, on the others within this time
 * @param idempotencyKeys how long an {@code Idempotency-Key} of an opening is remembered, and how often older ones
 * are deleted
 */
@ConfigurationProperties("sportello.tickets")
public record TicketingProperties(@DefaultValue("PT1M") Duration categoriesCacheTtl,
		@DefaultValue IdempotencyKeys idempotencyKeys) {

	/**
	 * @param keep a retry within this time returns the same ticket; later it opens a new one
	 * @param purgeEvery how often keys older than {@code keep} are deleted (read by the purge's schedule)
	 */
	public record IdempotencyKeys(@DefaultValue("PT24H") Duration keep, @DefaultValue("PT1H") Duration purgeEvery) {
	}

}
