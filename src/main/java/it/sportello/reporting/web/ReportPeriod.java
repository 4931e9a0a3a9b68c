package it.sportello.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/** The period a page shows when the reader gives none: the last 30 days up to today, in the administration's zone. */
record ReportPeriod(LocalDate from, LocalDate to) {

	static ReportPeriod orDefault(@Nullable LocalDate from, @Nullable LocalDate to, Clock clock, ZoneId zone) {
		LocalDate end = to != null ? to : from != null ? from.plusDays(29) : LocalDate.now(clock.withZone(zone));
		return new ReportPeriod(from != null ? from : end.minusDays(29), end);
	}

}
