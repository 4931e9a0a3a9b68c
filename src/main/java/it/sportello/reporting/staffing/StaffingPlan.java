package it.sportello.reporting.staffing;

import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Operators needed per half-hour.
 *
 * @param intervals one row per half-hour of the source
 * @param peakAgents the most agents on the phone any half-hour needs
 * @param scheduledHours agent hours to schedule over the day, shrinkage included
 * @param measuresAgents whether the rows carry the agents that were logged in
 * @param measured the switch's period the half-hours were measured in; null for a forecast
 */
public record StaffingPlan(StaffingParameters parameters, List<Interval> intervals, int peakAgents,
		double scheduledHours, boolean measuresAgents, @Nullable MeasuredPeriod measured) {

	/**
	 * @param trafficErlangs calls × AHT ÷ 1800 s
	 * @param agentsNeeded on the phone, for a service level above the target
	 * @param agentsToSchedule with shrinkage
	 * @param serviceLevelPercent expected with {@code agentsNeeded}; null when no call is offered
	 * @param averageSpeedOfAnswerSeconds expected with {@code agentsNeeded}
	 * @param agentsLoggedIn measured by the source, else null
	 * @param serviceLevelWithLoggedInPercent what Erlang C expects with the agents that were logged in
	 * @param measuredServiceLevelPercent the share the switch measured answered within its threshold; null for a
	 * forecast or a half-hour without calls
	 * @param understaffed whether the agents logged in were fewer than needed
	 * @param serviceLevelLost whether the measured service level was not above the target
	 */
	public record Interval(LocalTime start, double calls, double ahtSeconds, double trafficErlangs, int agentsNeeded,
			int agentsToSchedule, @Nullable Double serviceLevelPercent, @Nullable Double averageSpeedOfAnswerSeconds,
			@Nullable Integer agentsLoggedIn, @Nullable Double serviceLevelWithLoggedInPercent,
			@Nullable Double measuredServiceLevelPercent, boolean understaffed, boolean serviceLevelLost) {

	}

}
