package it.sportello.shared.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

/** Test data: the calendars the tests count on, and instants written as Rome wall-clock time. */
final class Calendars {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	private Calendars() {
	}

	/** National holidays plus 30 May, the patron saint of Potenza. */
	static WorkingCalendar potenza() {
		return new WorkingCalendar(ROME, List.of(MonthDay.of(5, 30)));
	}

	static WorkingCalendar nationalHolidaysOnly() {
		return new WorkingCalendar(ROME, List.of());
	}

	/** {@code rome("2026-04-29T10:00")}: that local time in Rome. */
	static Instant rome(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ROME).toInstant();
	}

	static LocalDate date(String isoDate) {
		return LocalDate.parse(isoDate);
	}

}
