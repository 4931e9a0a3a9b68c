package it.sportello.shared.ratelimit;

import java.time.Duration;

/**
 * At most {@code max} attempts within {@code window}; the attempt that reaches {@code max} locks the key for
 * {@code lockout} from then on.
 */
public record AttemptLimit(int max, Duration window, Duration lockout) {

	public AttemptLimit {
		if (max < 1 || window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
			throw new IllegalArgumentException("a limit needs at least one attempt and positive durations");
		}
	}

}
