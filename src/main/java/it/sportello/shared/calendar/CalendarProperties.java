package it.sportello.shared.calendar;

import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@link WorkingCalendar}, under {@code sportello.calendar}.
 *
 * @param localHolidays holidays on top of the national ones, written {@code MM-dd} (e.g. {@code 05-30}, the
 * patron saint of Potenza); a comma-separated list in YAML is fine
 * @param zone the zone whose local dates decide what a day is; Europe/Rome unless set
 */
@ConfigurationProperties("sportello.calendar")
public record CalendarProperties(@DefaultValue List<MonthDay> localHolidays,
		@DefaultValue("Europe/Rome") ZoneId zone) {

	public CalendarProperties {
		localHolidays = List.copyOf(localHolidays);
	}

}
