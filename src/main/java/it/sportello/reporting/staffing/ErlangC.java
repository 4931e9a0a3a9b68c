package it.sportello.reporting.staffing;

/**
 * The Erlang C model of a queue (M/M/N): calls arriving at random, each held for an exponentially distributed time
 * averaging the handle time, served by N agents, waiting in line while all are busy. Pure functions, no state.
 * <p>
 * Traffic in Erlangs A = calls × AHT ÷ interval length. The probability of waiting is Erlang C, computed through
 * Erlang B's recursion (B(0) = 1, B(n) = A·B(n−1) ÷ (n + A·B(n−1)); C = N·B ÷ (N − A·(1 − B))), which never forms
 * A^N or N! and stays exact for hundreds of agents. The share answered within T seconds is
 * 1 − C · e^(−(N − A)·T ÷ AHT); the average speed of answer C · AHT ÷ (N − A). With N ≤ A the queue grows without
 * end: nothing is answered within any threshold.
 */
public final class ErlangC {

	private ErlangC() {
	}

	/** Offered traffic in Erlangs: {@code calls} arriving in {@code intervalSeconds}, each held {@code ahtSeconds}. */
	public static double traffic(double calls, double ahtSeconds, double intervalSeconds) {
		return calls * ahtSeconds / intervalSeconds;
	}

	/** Probability that a call waits at all, with {@code agents} serving {@code traffic} Erlangs (1 when overloaded). */
	public static double probabilityOfWaiting(int agents, double traffic) {
		if (traffic <= 0) {
			return 0;
		}
		if (agents <= traffic) {
			return 1;
		}
		double b = 1;
		for (int n = 1; n <= agents; n++) {
			b = traffic * b / (n + traffic * b);
		}
		return agents * b / (agents - traffic * (1 - b));
	}

	/** Share of the calls (0 to 1) answered within {@code thresholdSeconds}. */
	public static double serviceLevel(int agents, double traffic, double ahtSeconds, double thresholdSeconds) {
		if (traffic <= 0) {
			return 1;
		}
		if (agents <= traffic) {
			return 0;
		}
		return 1 - probabilityOfWaiting(agents, traffic) * Math.exp(-(agents - traffic) * thresholdSeconds / ahtSeconds);
	}

	/** Average speed of answer in seconds (infinite when overloaded). */
	public static double averageSpeedOfAnswer(int agents, double traffic, double ahtSeconds) {
		if (traffic <= 0) {
			return 0;
		}
		if (agents <= traffic) {
			return Double.POSITIVE_INFINITY;
		}
		return probabilityOfWaiting(agents, traffic) * ahtSeconds / (agents - traffic);
	}

	/**
	 * The fewest agents whose service level is above {@code targetShare} (0 to 1, exclusive), as the telephone report
	 * judges a target met; 0 when no call is offered.
	 */
	public static int agentsNeeded(double traffic, double ahtSeconds, double thresholdSeconds, double targetShare) {
		if (!(targetShare > 0 && targetShare < 1)) {
			throw new IllegalArgumentException("target must be between 0 and 1, exclusive: " + targetShare);
		}
		if (traffic <= 0) {
			return 0;
		}
		int agents = (int) Math.floor(traffic) + 1;
		while (serviceLevel(agents, traffic, ahtSeconds, thresholdSeconds) <= targetShare) {
			agents++;
		}
		return agents;
	}

	/** Agents to schedule so that {@code agents} are on the phone when {@code shrinkage} (0 to 1, exclusive) are away. */
	public static int withShrinkage(int agents, double shrinkage) {
		if (!(shrinkage >= 0 && shrinkage < 1)) {
			throw new IllegalArgumentException("shrinkage must be from 0 up to 1, exclusive: " + shrinkage);
		}
		return (int) Math.ceil(agents / (1 - shrinkage) - 1e-9);
	}

}
