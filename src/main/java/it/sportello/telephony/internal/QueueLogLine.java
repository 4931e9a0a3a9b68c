package it.sportello.telephony.internal;

import java.nio.charset.StandardCharsets;

/**
 * One line of a queue_log, as {@link QueueLogReader} hands it over: the same object for every line (nothing is
 * kept per line), its fields read from the reader's buffer on demand and only valid during the callback.
 */
final class QueueLogLine {

	static final int MAX_FIELDS = 12;

	byte[] bytes;

	final int[] starts = new int[MAX_FIELDS];

	final int[] ends = new int[MAX_FIELDS];

	int fields;

	long number;

	long epoch;

	String callId;

	String queue;

	String agent;

	QueueEvent event;

	/** The verb as written, set for lines whose verb the import does not use. */
	String verb;

	/** How many data fields (after the event) the line has, empty ones included. */
	int dataCount() {
		return Math.max(0, fields - 5);
	}

	/** Whether data field {@code i} (1-based, as Asterisk's data1…data5) is present and not empty. */
	boolean has(int i) {
		int field = 4 + i;
		return field < fields && ends[field] > starts[field];
	}

	/** Data field {@code i} (1-based) as a string, or null when absent or empty. */
	String text(int i) {
		return has(i) ? new String(bytes, starts[4 + i], ends[4 + i] - starts[4 + i], StandardCharsets.UTF_8) : null;
	}

	/**
	 * Data field {@code i} as a non-negative whole number; -1 when absent or empty, -2 when not a number. A
	 * decimal part (some switches write seconds with decimals) is dropped.
	 */
	long whole(int i) {
		if (!has(i)) {
			return -1;
		}
		int from = starts[4 + i];
		int to = ends[4 + i];
		long value = 0;
		int digits = 0;
		for (int p = from; p < to; p++) {
			byte b = bytes[p];
			if (b >= '0' && b <= '9') {
				if (++digits > 15) {
					return -2;
				}
				value = value * 10 + (b - '0');
			}
			else if (b == '.' && digits > 0) {
				for (int q = p + 1; q < to; q++) {
					if (bytes[q] < '0' || bytes[q] > '9') {
						return -2;
					}
				}
				return value;
			}
			else {
				return -2;
			}
		}
		return value;
	}

	/** The event's verb as written, for lines whose verb the import does not use (one String per verb). */
	String verb() {
		return verb;
	}

}
