package it.sportello.shared.calendar;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

import org.springframework.core.convert.converter.Converter;

/**
 * Reads {@code MM-dd} ({@code 05-30}), the way people write a recurring date, as well as ISO's
 * {@code --MM-dd}, which is what {@link MonthDay#parse} alone would demand.
 */
class MonthDayConverter implements Converter<String, MonthDay> {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

	@Override
	public MonthDay convert(String source) {
		String text = source.strip();
		return text.startsWith("--") ? MonthDay.parse(text) : MonthDay.parse(text, MONTH_DAY);
	}

}
