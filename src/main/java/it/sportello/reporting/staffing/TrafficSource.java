package it.sportello.reporting.staffing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where the staffing plan's traffic comes from: the one seam between the plan and its data: the manager's forecast
 * ({@link ManualForecast}) or the phone switch's measured calls, handle times and agents logged in per half-hour
 * ({@link SwitchTraffic}).
 */
public interface TrafficSource {

	/** The half-hours to plan, in time order, each at most once. */
	List<IntervalTraffic> intervals();

	/** Whether the intervals carry the agents that were logged in (a measured day), so the plan compares them. */
	default boolean measuresAgents() {
		return intervals().stream().anyMatch(i -> i.agentsLoggedIn() != null);
	}

	/** The switch's period the half-hours were measured in, or null for a forecast. */
	default @Nullable MeasuredPeriod measuredPeriod() {
		return null;
	}

}
