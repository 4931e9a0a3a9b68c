package it.sportello.citizens.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the citizens' registry ({@code sportello.citizens.*}).
 *
 * @param cacheTtl how long a citizen's record read from the database is kept in memory (a record completed or
 * corrected on another node shows here when its entry expires)
 * @param cacheSize how many records are kept in memory at most
 */
@ConfigurationProperties("sportello.citizens")
public record CitizensProperties(@DefaultValue("10m") Duration cacheTtl, @DefaultValue("50000") long cacheSize) {
}
