package it.sportello.shared.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The calendar that service-level deadlines are counted on: Monday to Friday, except the Italian national
 * holidays (Easter Monday included, San Francesco d'Assisi on 4 October from 2026) and the configured local
 * ones, such as the patron saint of the municipality.
 * <p>
 * Days are local dates in the calendar's zone, each running from one local midnight to the next: a working
 * day counts whole, any other day not at all. Counting by local date rather than in 24-hour blocks of UTC is
 * what keeps a deadline at the same clock time across a daylight-saving change. In Europe/Rome clocks change
 * on Sundays, so every working day lasts exactly 24 hours and, for a start on a working day,
 * {@code plusWorkingDays(start, n)} equals {@code plusWorkingTime(start, n × 24h)}. (In a zone that changes
 * clocks on a weekday, that day would count its real 23 or 25 hours.)
 * <p>
 * {@link #plusWorkingTime} and {@link #workingTimeBetween} are inverse: pushing a deadline by the working time
 * a ticket spent waiting for the citizen, then measuring, gives back that time. Results of
 * {@code plusWorkingDays} and {@code plusWorkingTime} always fall on a working day: time that runs out at the
 * end of a working day is reported as the start of the next one.
 */
@Component
public class WorkingCalendar {

	// Generous: only a misconfiguration (every day a local holiday) can exhaust it, and then failing
	// beats looping forever.
	private static final int MAX_CONSECUTIVE_DAYS_OFF = 366;

	private final ZoneId zone;

	private final Set<MonthDay> localHolidays;

	@Autowired
	public WorkingCalendar(CalendarProperties properties) {
		this(properties.zone(), properties.localHolidays());
	}

	public WorkingCalendar(ZoneId zone, Collection<MonthDay> localHolidays) {
		this.zone = zone;
		this.localHolidays = Set.copyOf(localHolidays);
	}

	/** The zone whose local dates decide what a day is. */
	public ZoneId zone() {
		return this.zone;
	}

	/** Whether the date is a national or configured local holiday, whatever day of the week it falls on. */
	public boolean isHoliday(LocalDate date) {
		return NationalHolidays.isHoliday(date) || this.localHolidays.contains(MonthDay.from(date));
	}

	/** Monday to Friday and not a holiday. */
	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
	}

	/**
	 * The deadline {@code days} working days after {@code start}: the same local time of day on the
	 * {@code days}-th working day after the start day. A start on a non-working day counts from the start
	 * (local midnight) of the next working day.
	 * @throws IllegalArgumentException if {@code days} is negative
	 */
	public Instant plusWorkingDays(Instant start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("Working days must not be negative: " + days);
		}
		ZonedDateTime from = start.atZone(this.zone);
		LocalDate day = from.toLocalDate();
		if (!isWorkingDay(day)) {
			day = nextWorkingDay(day);
			from = day.atStartOfDay(this.zone);
		}
		for (int i = 0; i < days; i++) {
			day = nextWorkingDay(day);
		}
		return from.with(day).toInstant();
	}

	/**
	 * The working time between two instants: only the parts of the interval that fall on working days.
	 * Negative if {@code to} is before {@code from}, like {@link Duration#between}.
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return workingTimeBetween(to, from).negated();
		}
		Duration total = Duration.ZERO;
		LocalDate last = localDate(to);
		for (LocalDate day = localDate(from); !day.isAfter(last); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				Instant start = latest(from, startOf(day));
				Instant end = earliest(to, startOf(day.plusDays(1)));
				total = total.plus(Duration.between(start, end));
			}
		}
		return total;
	}

	/**
	 * The instant at which {@code time} of working time has passed since {@code from}, skipping non-working
	 * days: the inverse of {@link #workingTimeBetween}. Used to push a deadline by the working time a ticket
	 * spent waiting for the citizen.
	 * @throws IllegalArgumentException if {@code time} is negative
	 */
	public Instant plusWorkingTime(Instant from, Duration time) {
		if (time.isNegative()) {
			throw new IllegalArgumentException("Working time must not be negative: " + time);
		}
		LocalDate day = localDate(from);
		Instant position = from;
		if (!isWorkingDay(day)) {
			day = nextWorkingDay(day);
			position = startOf(day);
		}
		Duration remaining = time;
		while (true) {
			Duration leftToday = Duration.between(position, startOf(day.plusDays(1)));
			// Strictly less: time running out exactly at midnight lands on the next working day, as
			// plusWorkingDays does for a start at midnight.
			if (remaining.compareTo(leftToday) < 0) {
				return position.plus(remaining);
			}
			remaining = remaining.minus(leftToday);
			day = nextWorkingDay(day);
			position = startOf(day);
		}
	}

	/**
	 * The number of working days from {@code from} (inclusive) to {@code to} (exclusive), negative if
	 * {@code to} is before {@code from}, like {@link ChronoUnit#between}.
	 */
	public long workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		return from.datesUntil(to).filter(this::isWorkingDay).count();
	}

	private LocalDate nextWorkingDay(LocalDate after) {
		LocalDate day = after.plusDays(1);
		for (int i = 0; i < MAX_CONSECUTIVE_DAYS_OFF; i++, day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				return day;
			}
		}
		throw new IllegalStateException("No working day within a year after " + after);
	}

	private LocalDate localDate(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	// Not LocalTime.MIDNIGHT: in some zones a clock change skips midnight and the day starts at 01:00.
	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
