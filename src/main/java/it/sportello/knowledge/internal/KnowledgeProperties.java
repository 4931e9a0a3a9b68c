package it.sportello.knowledge.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sportello.knowledge.*}
 *
 * @param expiry the scheduled expiry of published sheets (S-KB6)
 */
@ConfigurationProperties("sportello.knowledge")
public record KnowledgeProperties(@DefaultValue Expiry expiry) {

	/**
	 * {@code sportello.knowledge.expiry.*}
	 *
	 * @param every how often the job looks for sheets past their last day and sheets to warn about (on one node)
	 * @param warningDays how many days before the last day of validity the URP and the back office are warned
	 */
	public record Expiry(@DefaultValue("PT5M") Duration every, @DefaultValue("30") int warningDays) {
	}

}
