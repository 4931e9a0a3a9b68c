package it.sportello.shared.calendar;

import static it.sportello.shared.calendar.Calendars.date;
import static it.sportello.shared.calendar.Calendars.rome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingCalendarTests {

	private final WorkingCalendar calendar = Calendars.potenza();

	@Nested
	class WorkingDays {

		@ParameterizedTest
		@ValueSource(strings = { "2025-04-21", "2026-04-06", "2027-03-29" })
		void easterMondayIsNotAWorkingDay(String easterMonday) {
			assertThat(calendar.isWorkingDay(date(easterMonday))).isFalse();
			assertThat(calendar.isWorkingDay(date(easterMonday).plusDays(1))).isTrue();
		}

		// Known extremes (22 March, 25 April) and ordinary years, from published Easter tables.
		@ParameterizedTest
		@ValueSource(strings = { "1818-03-22", "1943-04-25", "2000-04-23", "2024-03-31", "2025-04-20",
				"2026-04-05", "2027-03-28", "2038-04-25", "2285-03-22" })
		void findsEasterSundayWithTheGregorianAlgorithm(String easterSunday) {
			assertThat(NationalHolidays.easterSunday(date(easterSunday).getYear())).isEqualTo(easterSunday);
		}

		@ParameterizedTest
		@ValueSource(strings = { "2027-01-01", "2027-01-06", "2027-03-28", "2027-03-29", "2027-04-25",
				"2027-05-01", "2027-06-02", "2027-08-15", "2027-10-04", "2027-11-01", "2027-12-08", "2027-12-25",
				"2027-12-26" })
		void everyNationalHolidayIsAHoliday(String holiday) {
			assertThat(Calendars.nationalHolidaysOnly().isHoliday(date(holiday))).isTrue();
		}

		@Test
		void saintFrancisIsAHolidayOnlyFrom2026() {
			assertThat(calendar.isHoliday(date("2026-10-04"))).isTrue();
			assertThat(calendar.isWorkingDay(date("2027-10-04"))).as("Monday 4 Oct 2027").isFalse();
			assertThat(calendar.isHoliday(date("2024-10-04"))).isFalse();
			assertThat(calendar.isWorkingDay(date("2024-10-04"))).as("Friday 4 Oct 2024").isTrue();
		}

		@Test
		void thirtiethOfMayIsAHolidayOnlyWhereConfigured() {
			assertThat(Calendars.potenza().isWorkingDay(date("2025-05-30"))).isFalse();
			assertThat(Calendars.nationalHolidaysOnly().isWorkingDay(date("2025-05-30"))).isTrue();
		}

		@Test
		void weekendsAreNotWorkingDaysButOrdinaryWeekdaysAre() {
			assertThat(calendar.isWorkingDay(date("2026-05-09"))).isFalse();
			assertThat(calendar.isWorkingDay(date("2026-05-10"))).isFalse();
			assertThat(calendar.isWorkingDay(date("2026-05-11"))).isTrue();
			assertThat(calendar.isHoliday(date("2026-05-09"))).as("a Saturday is not a holiday").isFalse();
		}

		@Test
		void countsWorkingDaysFromInclusiveToExclusive() {
			assertThat(calendar.workingDaysBetween(date("2026-12-21"), date("2026-12-28"))).isEqualTo(4);
			assertThat(calendar.workingDaysBetween(date("2026-12-28"), date("2026-12-21"))).isEqualTo(-4);
			assertThat(calendar.workingDaysBetween(date("2026-04-01"), date("2026-05-01"))).isEqualTo(21);
			assertThat(calendar.workingDaysBetween(date("2026-05-04"), date("2026-05-04"))).isZero();
		}

	}

	@Nested
	class Deadlines {

		@ParameterizedTest(name = "{0} + {1} working days = {2}")
		@CsvSource({ //
				"2026-04-29T10:00, 5, 2026-05-07T10:00", // skips Friday 1 May
				"2026-12-22T15:30, 5, 2026-12-30T15:30", // skips Christmas Friday
				"2026-12-30T09:00, 5, 2027-01-08T09:00", // skips New Year's Day and Epiphany
				"2025-05-29T12:00, 1, 2025-06-03T12:00", // skips 30 May (Potenza) and Monday 2 June
				"2026-04-25T11:00, 5, 2026-05-05T00:00", // Saturday (and Liberation Day): from Monday 00:00
				"2026-05-01T09:00, 1, 2026-05-05T00:00", // a holiday on a Friday: from Monday 00:00
				"2026-05-08T16:00, 0, 2026-05-08T16:00", //
				"2026-05-09T16:00, 0, 2026-05-11T00:00" })
		void deadlineFallsOnTheNthWorkingDayAtTheSameTime(String start, int days, String deadline) {
			assertThat(calendar.plusWorkingDays(rome(start), days)).isEqualTo(rome(deadline));
		}

		@Test
		void deadlineWithoutTheLocalHolidayFallsOnIt() {
			assertThat(Calendars.nationalHolidaysOnly().plusWorkingDays(rome("2025-05-29T12:00"), 1))
				.isEqualTo(rome("2025-05-30T12:00"));
		}

		@Test
		void rejectsNegativeWorkingDays() {
			assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(rome("2026-05-08T16:00"), -1));
		}

	}

	@Nested
	class WorkingTime {

		@Test
		void countsOnlyTheHoursOnWorkingDaysAcrossAWeekendAndAHoliday() {
			// Thursday 15:00-24:00, then Friday 1 May, Saturday and Sunday off, then Monday 00:00-11:00.
			assertThat(calendar.workingTimeBetween(rome("2026-04-30T15:00"), rome("2026-05-04T11:00")))
				.isEqualTo(Duration.ofHours(20));
		}

		@Test
		void countsNothingOnNonWorkingDaysAndIsNegativeBackwards() {
			assertThat(calendar.workingTimeBetween(rome("2026-05-09T08:00"), rome("2026-05-10T20:00"))).isZero();
			assertThat(calendar.workingTimeBetween(rome("2026-05-04T11:00"), rome("2026-04-30T15:00")))
				.isEqualTo(Duration.ofHours(-20));
		}

		@Test
		void pushesADeadlinePastAWeekendAndAHoliday() {
			assertThat(calendar.plusWorkingTime(rome("2026-04-30T20:00"), Duration.ofHours(6)))
				.isEqualTo(rome("2026-05-04T02:00"));
		}

		@Test
		void timeRunningOutAtMidnightLandsOnTheNextWorkingDay() {
			assertThat(calendar.plusWorkingTime(rome("2026-04-30T20:00"), Duration.ofHours(4)))
				.isEqualTo(rome("2026-05-04T00:00"));
		}

		@Test
		void startingOnANonWorkingDayCountsFromTheNextWorkingDay() {
			assertThat(calendar.plusWorkingTime(rome("2026-05-09T18:00"), Duration.ofMinutes(90)))
				.isEqualTo(rome("2026-05-11T01:30"));
		}

		@Test
		void rejectsNegativeWorkingTime() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> calendar.plusWorkingTime(rome("2026-05-08T16:00"), Duration.ofHours(-1)));
		}

	}

	// In Europe/Rome clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
	@Nested
	class DaylightSavingTime {

		@Test
		void deadlineKeepsTheClockTimeWhenClocksGoForward() {
			var start = rome("2026-03-23T09:00");
			var deadline = calendar.plusWorkingDays(start, 5);

			assertThat(deadline).isEqualTo(rome("2026-03-30T09:00"));
			assertThat(Duration.between(start, deadline)).isEqualTo(Duration.ofHours(7 * 24 - 1));
			assertThat(calendar.plusWorkingTime(start, Duration.ofDays(5))).isEqualTo(deadline);
			assertThat(calendar.workingTimeBetween(start, deadline)).isEqualTo(Duration.ofDays(5));
		}

		@Test
		void deadlineKeepsTheClockTimeWhenClocksGoBack() {
			var start = rome("2026-10-23T10:00");
			var deadline = calendar.plusWorkingDays(start, 1);

			assertThat(deadline).isEqualTo(rome("2026-10-26T10:00"));
			assertThat(Duration.between(start, deadline)).isEqualTo(Duration.ofHours(3 * 24 + 1));
			assertThat(calendar.workingTimeBetween(start, deadline)).isEqualTo(Duration.ofDays(1));
		}

		@Test
		void theShortSundayCountsNothingAndTheDaysAroundItCountWhole() {
			assertThat(calendar.workingTimeBetween(rome("2026-03-27T17:00"), rome("2026-03-30T09:00")))
				.isEqualTo(Duration.ofHours(7 + 9));
			assertThat(calendar.plusWorkingTime(rome("2026-03-27T20:00"), Duration.ofHours(8)))
				.isEqualTo(rome("2026-03-30T04:00"));
		}

	}

}
