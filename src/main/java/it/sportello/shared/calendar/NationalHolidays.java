package it.sportello.shared.calendar;

import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.JANUARY;
import static java.time.Month.JUNE;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/** The Italian national public holidays (law no. 260 of 1949 and later amendments). */
final class NationalHolidays {

	private static final Set<MonthDay> FIXED = Set.of( //
			MonthDay.of(JANUARY, 1), // Capodanno
			MonthDay.of(JANUARY, 6), // Epifania
			MonthDay.of(APRIL, 25), // Festa della Liberazione
			MonthDay.of(MAY, 1), // Festa del Lavoro
			MonthDay.of(JUNE, 2), // Festa della Repubblica
			MonthDay.of(AUGUST, 15), // Assunzione
			MonthDay.of(NOVEMBER, 1), // Ognissanti
			MonthDay.of(DECEMBER, 8), // Immacolata Concezione
			MonthDay.of(DECEMBER, 25), // Natale
			MonthDay.of(DECEMBER, 26)); // Santo Stefano

	// San Francesco d'Assisi: a national holiday again by law no. 151 of 2025, but only from 2026,
	// so deadlines computed for earlier years keep counting it as a working day.
	private static final MonthDay SAINT_FRANCIS = MonthDay.of(OCTOBER, 4);

	private static final int SAINT_FRANCIS_SINCE = 2026;

	private NationalHolidays() {
	}

	static boolean isHoliday(LocalDate date) {
		MonthDay monthDay = MonthDay.from(date);
		if (FIXED.contains(monthDay)) {
			return true;
		}
		if (monthDay.equals(SAINT_FRANCIS) && date.getYear() >= SAINT_FRANCIS_SINCE) {
			return true;
		}
		LocalDate easter = easterSunday(date.getYear());
		return date.equals(easter) || date.equals(easter.plusDays(1));
	}

	/**
	 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher): integer arithmetic only,
	 * valid for every Gregorian year, so no table to keep up to date.
	 */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}
