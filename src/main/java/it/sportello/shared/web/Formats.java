package it.sportello.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Dates and times as pages show them, in the Region's time zone: {@code ${@fmt.dateTime(instant)}}. */
@Component("fmt")
public class Formats {

	private static final ZoneId ROME = ZoneId.of("Europe/Rome");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ROME);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ROME);

	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "–" : DATE_TIME.format(instant);
	}

	public String date(@Nullable Instant instant) {
		return instant == null ? "–" : DATE.format(instant);
	}

	/** For {@code <time datetime>}: machine-readable. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}

}
