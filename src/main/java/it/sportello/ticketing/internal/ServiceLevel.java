package it.sportello.ticketing.internal;

import java.time.Instant;

import it.sportello.shared.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Deadlines of departmental answers: the category's target in working days, on the calendar of
 * Italian and local holidays; time spent waiting for the citizen does not count.
 */
@Component
public class ServiceLevel {

	private final WorkingCalendar calendar;

	private final CategoryCatalog categories;

	ServiceLevel(WorkingCalendar calendar, CategoryCatalog categories) {
		this.calendar = calendar;
		this.categories = categories;
	}

	/** When a department that receives a ticket of this category now must have answered. */
	public Instant deadline(String categoryCode, Instant from) {
		return calendar.plusWorkingDays(from, categories.require(categoryCode).targetWorkingDays());
	}

	/** The calendar deadlines are counted on. */
	public WorkingCalendar calendar() {
		return calendar;
	}

}
