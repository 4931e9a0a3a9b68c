package it.sportello.shared.calendar;

import static it.sportello.shared.calendar.Calendars.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The calendar as Spring builds it from {@code sportello.calendar}. */
class WorkingCalendarBindingTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(CalendarConfiguration.class, WorkingCalendar.class);

	@Test
	void shippedConfigurationMakesThePatronSaintOfPotenzaAHoliday() {
		this.contextRunner.withInitializer(new ConfigDataApplicationContextInitializer()).run((context) -> {
			assertThat(context.getBean(CalendarProperties.class).localHolidays()).containsExactly(MonthDay.of(5, 30));
			assertThat(context.getBean(WorkingCalendar.class).isWorkingDay(date("2025-05-30"))).isFalse();
		});
	}

	@Test
	void readsSeveralLocalHolidaysInEitherNotation() {
		this.contextRunner.withPropertyValues("sportello.calendar.local-holidays=05-30, --12-07").run((context) -> {
			assertThat(context.getBean(CalendarProperties.class).localHolidays())
				.containsExactly(MonthDay.of(5, 30), MonthDay.of(12, 7));
		});
	}

	@Test
	void countsInRomeWithNoLocalHolidaysUnlessConfigured() {
		this.contextRunner.run((context) -> {
			CalendarProperties properties = context.getBean(CalendarProperties.class);
			assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Rome"));
			assertThat(properties.localHolidays()).isEmpty();
			assertThat(context.getBean(WorkingCalendar.class).zone()).isEqualTo(ZoneId.of("Europe/Rome"));
		});
	}

	@Test
	void takesAnotherZoneWhenConfigured() {
		this.contextRunner.withPropertyValues("sportello.calendar.zone=Europe/Berlin")
			.run((context) -> assertThat(context.getBean(WorkingCalendar.class).zone())
				.isEqualTo(ZoneId.of("Europe/Berlin")));
	}

}
