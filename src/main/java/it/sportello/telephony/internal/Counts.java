package it.sportello.telephony.internal;

import it.sportello.telephony.CallFigures;

/** Sums of a group of calls, added bucket by bucket; turned into {@link CallFigures} at the end. */
final class Counts {

	long offered;

	long answered;

	long answeredWithin;

	long unanswered;

	long unansweredWithin;

	long abandoned;

	long timedOut;

	long exitEmpty;

	long exitKey;

	long transferred;

	long answeredWait;

	long unansweredWait;

	long talk;

	int maxAnsweredWait = -1;

	int maxUnansweredWait = -1;

	long pending;

	void add(Counts other) {
		offered += other.offered;
		answered += other.answered;
		answeredWithin += other.answeredWithin;
		unanswered += other.unanswered;
		unansweredWithin += other.unansweredWithin;
		abandoned += other.abandoned;
		timedOut += other.timedOut;
		exitEmpty += other.exitEmpty;
		exitKey += other.exitKey;
		transferred += other.transferred;
		answeredWait += other.answeredWait;
		unansweredWait += other.unansweredWait;
		talk += other.talk;
		maxAnsweredWait = Math.max(maxAnsweredWait, other.maxAnsweredWait);
		maxUnansweredWait = Math.max(maxUnansweredWait, other.maxUnansweredWait);
		pending += other.pending;
	}

	/** The service level in percent, null with no call in the denominator (offered − short abandons). */
	static Double serviceLevel(long answeredWithin, long offered, long shortAbandoned) {
		long denominator = offered - shortAbandoned;
		return denominator <= 0 ? null : round(100.0 * answeredWithin / denominator);
	}

	/**
	 * Whether the service level is above the target, decided on the exact share, not the rounded one shown (90.004 %
	 * shows as 90.00 but is above a 90 % target); null with no call in the denominator.
	 */
	static Boolean targetMet(long answeredWithin, long offered, long shortAbandoned, double target) {
		long denominator = offered - shortAbandoned;
		return denominator <= 0 ? null : 100.0 * answeredWithin / denominator > target;
	}

	CallFigures figures(int threshold, double target) {
		Double level = serviceLevel(answeredWithin, offered, unansweredWithin);
		Boolean met = targetMet(answeredWithin, offered, unansweredWithin, target);
		return new CallFigures(offered, answered, answeredWithin, answered - answeredWithin, unanswered,
				unansweredWithin, abandoned, timedOut, exitEmpty, exitKey, transferred, level, met, ratio(answeredWait + unansweredWait, offered),
				ratio(answeredWait, answered), maxAnsweredWait < 0 ? null : maxAnsweredWait,
				maxUnansweredWait < 0 ? null : maxUnansweredWait, ratio(talk, answered),
				offered == 0 ? null : round(100.0 * unanswered / offered), pending, threshold, target);
	}

	private static Double ratio(long sum, long count) {
		return count == 0 ? null : round((double) sum / count);
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
