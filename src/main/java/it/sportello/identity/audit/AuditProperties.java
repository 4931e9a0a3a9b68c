package it.sportello.identity.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the access audit ({@code sportello.audit.*}).
 *
 * @param queueCapacity entries waiting to be written at most; beyond it a request waits, up to {@code commitTimeout}
 * @param batchSize rows written in one insert and one commit at most
 * @param retryAfterMs pause before a batch the database refused is tried again
 * @param commitTimeout how long a request waits for its entries to be committed before it is refused with 503
 */
@ConfigurationProperties("sportello.audit")
public record AuditProperties(@DefaultValue("20000") int queueCapacity, @DefaultValue("500") int batchSize,
		@DefaultValue("1000") long retryAfterMs, @DefaultValue("5s") Duration commitTimeout) {
}
