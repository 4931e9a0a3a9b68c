package it.sportello.reporting.staffing;

import it.sportello.shared.InvalidInputException;

/**
 * What a staffing plan aims at: the average handle time of intervals whose source did not measure one, the
 * service level's threshold and target (a call answered within the threshold; the target met when the share is
 * above it, as in the telephone report) and the shrinkage (share of paid time agents are not on the phone: breaks,
 * training, absence).
 */
public record StaffingParameters(double ahtSeconds, int thresholdSeconds, double targetPercent,
		double shrinkagePercent) {

	public StaffingParameters {
		if (!(ahtSeconds >= 1 && ahtSeconds <= 7200)) {
			throw new InvalidInputException("ahtSeconds", "staffing.aht.range", 1, 7200);
		}
		if (thresholdSeconds < 0 || thresholdSeconds > 3600) {
			throw new InvalidInputException("thresholdSeconds", "staffing.threshold.range", 0, 3600);
		}
		if (!(targetPercent >= 1 && targetPercent <= 99.9)) {
			throw new InvalidInputException("targetPercent", "staffing.target.range");
		}
		if (!(shrinkagePercent >= 0 && shrinkagePercent <= 90)) {
			throw new InvalidInputException("shrinkagePercent", "staffing.shrinkage.range");
		}
	}

}
