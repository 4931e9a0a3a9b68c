package it.sportello.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Shared settings under {@code sportello} (the public address is {@link PublicUrl}).
 *
 * @param events resubmission of event publications whose listener failed
 */
@ConfigurationProperties("sportello")
public record SharedProperties(@DefaultValue Events events) {

	/**
	 * {@code sportello.events.*}
	 *
	 * @param resubmitIncompleteAfter how old a failed publication must be before it is resubmitted
	 * @param resubmitEvery how often the resubmission job runs (on one node at a time)
	 */
	public record Events(@DefaultValue("PT5M") Duration resubmitIncompleteAfter,
			@DefaultValue("PT1M") Duration resubmitEvery) {
	}

}
