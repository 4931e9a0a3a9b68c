package it.sportello.search.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Learning from use ({@code sportello.search.learning}).
 * @param keep how long search texts and boosts are kept
 * @param halfLife how long a boost takes to halve when nobody chooses the entry again
 * @param maxBoost the most a learnt boost adds to a hit's share of the best score (0 to 1)
 * @param quiet how long without typing ends a search: keystrokes in between are one search
 */
@ConfigurationProperties("sportello.search.learning")
record SearchLearningProperties(@DefaultValue("P365D") Duration keep, @DefaultValue("P30D") Duration halfLife,
		@DefaultValue("0.5") double maxBoost, @DefaultValue("PT10S") Duration quiet) {
}
