package it.sportello.ticketing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import it.sportello.shared.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A ticket's answer deadline as a person reads it, for every page that shows one ({@code ${@deadlines.text(t.dueAt)}}).
 * A deadline at midnight is the end of the day before, and the work must be done by the last working day before it:
 * "15/12/2026 00:00" reads "entro il 14/12/2026", a Monday's midnight the Friday before. Other deadlines keep their
 * time ("entro le 10:30 del 15/12/2026"). The API keeps the instant.
 */
@Component("deadlines")
public class Deadlines {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	Deadlines(WorkingCalendar calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	/** The deadline as the pages say it, in the reader's language. */
	public String text(@Nullable Instant due) {
		if (due == null) {
			return "–";
		}
		ZonedDateTime local = due.atZone(calendar.zone());
		if (!local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
			return messages.getMessage("ticket.deadline.at",
					new Object[] { DATE.format(local), TIME.format(local) }, LocaleContextHolder.getLocale());
		}
		LocalDate last = local.toLocalDate().minusDays(1);
		while (!calendar.isWorkingDay(last)) {
			last = last.minusDays(1);
		}
		return messages.getMessage("ticket.deadline.by", new Object[] { DATE.format(last) },
				LocaleContextHolder.getLocale());
	}

}
