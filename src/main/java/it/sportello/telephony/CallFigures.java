package it.sportello.telephony;

import org.jspecify.annotations.Nullable;

/**
 * The telephone report's figures for a set of calls (a period, a queue, a day, a half-hour). Offered counts calls
 * with an outcome; {@code pending} those still waiting for one, apart. The service level is
 * {@code 100 × answeredWithinThreshold ÷ (offered − shortAbandoned)}, which equals
 * {@code 100 × (1 − (answered after T + unanswered after T) ÷ (offered − shortAbandoned))}; null with no call in the
 * denominator. {@code shortAbandoned} are the unanswered calls (hung up, timed out, queue empty, key pressed) that
 * left within T seconds. The target is met when the service level is above it.
 *
 * @param maxWaitSeconds the longest wait of an answered call (null without any)
 * @param maxWaitUnansweredSeconds the longest wait of an unanswered call (null without any)
 * @param abandonRatePercent unanswered ÷ offered
 */
public record CallFigures(long offered, long answered, long answeredWithinThreshold, long answeredAfterThreshold,
		long unanswered, long shortAbandoned, long abandoned, long timedOut, long exitedEmpty, long exitedWithKey,
		long transferred, @Nullable Double serviceLevelPercent, @Nullable Boolean targetMet,
		@Nullable Double averageWaitSeconds, @Nullable Double averageSpeedOfAnswerSeconds,
		@Nullable Integer maxWaitSeconds, @Nullable Integer maxWaitUnansweredSeconds,
		@Nullable Double averageTalkSeconds, @Nullable Double abandonRatePercent, long pending, int thresholdSeconds,
		double targetPercent) {
}
