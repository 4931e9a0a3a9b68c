package it.sportello.telephony.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Date-times of the CSV formats: {@code 2026-09-01 08:05:12} or {@code 2026-09-01T08:05:12} in the
 * administration's zone, or with an offset ({@code +02:00}, {@code Z}). A local time in the hour skipped by the
 * spring DST change is read as one hour later; one in the hour repeated in autumn as its first occurrence.
 */
final class LocalTimes {

	private LocalTimes() {
	}

	/** Epoch seconds, or -1 when the text is not a date-time. */
	static long epoch(String text, ZoneId zone) {
		String iso = text.strip().replace(' ', 'T');
		try {
			if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
				return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toEpochSecond();
			}
			return ZonedDateTime.ofLocal(LocalDateTime.parse(iso), zone, null).toEpochSecond();
		}
		catch (DateTimeParseException ex) {
			return -1;
		}
	}

}
