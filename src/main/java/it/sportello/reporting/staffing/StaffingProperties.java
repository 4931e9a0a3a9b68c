package it.sportello.reporting.staffing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sportello.staffing.*}: what the staffing page proposes before the manager changes it.
 *
 * @param ahtSeconds average handle time of a call (talk and wrap-up)
 * @param thresholdSeconds a call answered within this many seconds counts for the service level
 * @param targetPercent the service level to exceed
 * @param shrinkagePercent share of paid time agents are not on the phone
 */
@ConfigurationProperties("sportello.staffing")
public record StaffingProperties(@DefaultValue("180") double ahtSeconds, @DefaultValue("30") int thresholdSeconds,
		@DefaultValue("90") double targetPercent, @DefaultValue("30") double shrinkagePercent) {

	public StaffingParameters defaults() {
		return new StaffingParameters(ahtSeconds, thresholdSeconds, targetPercent, shrinkagePercent);
	}

}
