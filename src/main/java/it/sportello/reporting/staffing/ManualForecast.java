package it.sportello.reporting.staffing;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The manager's forecast: calls per half-hour, typed one half-hour a line ({@code 08:30 42}, or {@code 08:30;42}), for
 * a whole day or part of it. With a daily total the numbers are weights of a day's profile, scaled to the total.
 */
public record ManualForecast(List<IntervalTraffic> intervals) implements TrafficSource {

	/** The most calls a half-hour may be forecast (a regional contact center receives far fewer). */
	static final int MAX_CALLS = 100_000;

	public ManualForecast {
		intervals = List.copyOf(intervals);
	}

	/**
	 * Reads the lines of {@code profile}; blank lines and lines starting with {@code #} are skipped.
	 *
	 * @throws InvalidInputException naming the first wrong line and what is wrong with it
	 */
	public static ManualForecast parse(String profile, @Nullable Double dailyTotal) {
		Map<LocalTime, Double> calls = new TreeMap<>();
		String[] lines = profile.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("[;\\s]+");
			if (parts.length != 2) {
				throw new InvalidInputException("profile", "staffing.profile.format", i + 1);
			}
			LocalTime start = time(parts[0], i + 1);
			double value = number(parts[1], i + 1);
			if (calls.put(start, value) != null) {
				throw new InvalidInputException("profile", "staffing.profile.duplicate", i + 1, parts[0]);
			}
		}
		if (calls.isEmpty()) {
			throw new InvalidInputException("profile", "staffing.profile.empty");
		}
		double sum = calls.values().stream().mapToDouble(Double::doubleValue).sum();
		if (dailyTotal != null && !(dailyTotal >= 0 && dailyTotal <= MAX_CALLS * 48.0)) {
			throw new InvalidInputException("dailyTotal", "staffing.total.range", MAX_CALLS * 48);
		}
		if (dailyTotal != null && sum == 0) {
			throw new InvalidInputException("profile", "staffing.profile.no-weight");
		}
		double scale = dailyTotal == null ? 1 : dailyTotal / sum;
		List<IntervalTraffic> intervals = new ArrayList<>();
		calls.forEach((start, value) -> intervals.add(new IntervalTraffic(start, value * scale, null, null)));
		return new ManualForecast(intervals);
	}

	/** A half-hour's forecast as an API client sends it. */
	public record Entry(LocalTime start, double calls) {
	}

	/**
	 * The forecast of the half-hours given, in time order.
	 *
	 * @throws InvalidInputException naming {@code intervals[i].start} or {@code .calls} for a time that does not start
	 * a half-hour, a time given twice, or a number of calls out of range
	 */
	public static ManualForecast of(List<Entry> entries) {
		Map<LocalTime, Double> calls = new TreeMap<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			String field = "intervals[" + i + "]";
			if (entry.start().getMinute() % 30 != 0 || entry.start().getSecond() != 0 || entry.start().getNano() != 0) {
				throw new InvalidInputException(field + ".start", "staffing.interval.half-hour");
			}
			if (!(entry.calls() >= 0 && entry.calls() <= MAX_CALLS)) {
				throw new InvalidInputException(field + ".calls", "staffing.interval.calls", MAX_CALLS);
			}
			if (calls.put(entry.start(), entry.calls()) != null) {
				throw new InvalidInputException(field + ".start", "staffing.interval.duplicate");
			}
		}
		List<IntervalTraffic> intervals = new ArrayList<>();
		calls.forEach((start, value) -> intervals.add(new IntervalTraffic(start, value, null, null)));
		return new ManualForecast(intervals);
	}

	private static LocalTime time(String text, int line) {
		try {
			LocalTime start = LocalTime.parse(text.length() == 4 ? "0" + text : text);
			if (start.getMinute() % 30 != 0 || start.getSecond() != 0) {
				throw new InvalidInputException("profile", "staffing.profile.half-hour", line, text);
			}
			return start;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("profile", "staffing.profile.time", line, text);
		}
	}

	private static double number(String text, int line) {
		try {
			double value = Double.parseDouble(text.replace(',', '.'));
			if (!(value >= 0 && value <= MAX_CALLS)) {
				throw new InvalidInputException("profile", "staffing.profile.calls", line, text, MAX_CALLS);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("profile", "staffing.profile.calls", line, text, MAX_CALLS);
		}
	}

}
