package it.sportello.ticketing.web;

import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import it.sportello.shared.calendar.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A deadline as a person reads it: the last working day by which the answer is due, not a midnight. */
class DeadlinesTests {

	private static final ZoneId ROME = ZoneId.of("Europe/Rome");

	private final Deadlines deadlines = new Deadlines(new WorkingCalendar(ROME, List.of(MonthDay.of(5, 30))), messages());

	@BeforeEach
	void readInItalian() {
		LocaleContextHolder.setLocale(Locale.ITALIAN);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aMidnightDeadlineIsTheEndOfTheDayBefore() {
		assertThat(deadlines.text(at(2026, 12, 15, 0, 0))).isEqualTo("entro il 14/12/2026");
	}

	@Test
	void aMidnightDeadlineAfterAWeekendOrAHolidayIsTheLastWorkingDayBefore() {
		// Monday 14 December: the Friday before. Wednesday 9 December: 8 December is a holiday, so Monday 7.
		assertThat(deadlines.text(at(2026, 12, 14, 0, 0))).isEqualTo("entro il 11/12/2026");
		assertThat(deadlines.text(at(2026, 12, 9, 0, 0))).isEqualTo("entro il 07/12/2026");
	}

	@Test
	void aDeadlineDuringTheDayKeepsItsTime() {
		assertThat(deadlines.text(at(2026, 12, 15, 10, 30))).isEqualTo("entro le 10:30 del 15/12/2026");
	}

	@Test
	void speaksTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(deadlines.text(at(2026, 12, 15, 0, 0))).isEqualTo("by 14/12/2026");
	}

	private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(ROME).toInstant();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/ticketing");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return messages;
	}

}
