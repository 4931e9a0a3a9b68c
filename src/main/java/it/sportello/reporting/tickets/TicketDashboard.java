package it.sportello.reporting.tickets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import it.sportello.ticketing.Level;
import org.jspecify.annotations.Nullable;

/**
 * The ticket dashboards of a period (local dates, both inclusive), for every department or one.
 *
 * @param opened tickets opened in the period
 * @param closed tickets closed in the period (their last closing)
 * @param closedAtFirstLevel of those, closed by first level (answered or forwarded)
 * @param firstLevelPercent share of the closed tickets closed at first level; null when none was closed
 * @param channels tickets opened, by channel
 * @param categories tickets opened, by category
 * @param days tickets opened and closed, each day of the period
 * @param hours tickets opened, by hour of the day (local time), 24 entries
 * @param escalationsToBackOffice escalations from first level to the back office in the period
 * @param departments per department: escalations and assignments received in the period, tickets held now,
 * overdue now, reminders received in the period
 * @param timeToClose per level that resolved them: the tickets closed in the period, median and 90th percentile of
 * the time from opening to closing (nearest rank)
 * @param asOf the instant "now" of the open and overdue figures
 */
public record TicketDashboard(LocalDate from, LocalDate to, @Nullable String department, long opened, long closed,
		long closedAtFirstLevel, @Nullable Double firstLevelPercent, List<Count> channels, List<Count> categories,
		List<Day> days, List<Count> hours, long escalationsToBackOffice, List<DepartmentFigures> departments,
		List<CloseTime> timeToClose, Instant asOf) {

	/** A count under a key (a channel, a category code, an hour "08"). */
	public record Count(String key, long count) {
	}

	public record Day(LocalDate day, long opened, long closed) {
	}

	public record DepartmentFigures(String department, long escalations, long open, long overdue, long reminders) {
	}

	public record CloseTime(Level level, long closed, @Nullable Long medianSeconds, @Nullable Long p90Seconds) {
	}

}
