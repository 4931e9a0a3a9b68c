package it.sportello.reporting.staffing;

import java.util.List;

/**
 * Where the staffing plan's traffic comes from: the one seam between the plan and its data. Today the manager's
 * forecast ({@link ManualForecast}); the phone switch's measured calls, handle times and agents logged in per
 * half-hour are another implementation of the same interface.
 */
public interface TrafficSource {

	/** The half-hours to plan, in time order, each at most once. */
	List<IntervalTraffic> intervals();

	/** Whether the intervals carry the agents that were logged in (a measured day), so the plan compares them. */
	default boolean measuresAgents() {
		return intervals().stream().anyMatch(i -> i.agentsLoggedIn() != null);
	}

}
