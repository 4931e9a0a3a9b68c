package it.sportello.shared;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module may need, under {@code sportello}.
 *
 * @param publicUrl the address users and clients reach the application at, e.g. {@code https://sportello.regione.it}
 * (behind a proxy or load balancer, the nodes' own addresses mean nothing to a client): absolute links and
 * documents name this, never the request's {@code Host} header; unset, links stay relative
 * @param events resubmission of event publications whose listener failed
 */
@ConfigurationProperties("sportello")
public record SharedProperties(@Nullable URI publicUrl, @DefaultValue Events events) {

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
