package it.sportello.telephony.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads an Asterisk {@code queue_log} ({@code epoch|callid|queue|agent|event|data1|…|data5}, one event a line,
 * no header, no quoting) a block at a time from a stream: memory stays flat whatever the file's size, and no
 * String is made for a line's fields but the call id and (cached) queue and agent names. Lines whose verb the
 * import does not use (DID, INFO, QUEUESTART, vendors' own) go to {@link Handler#ignored}; lines that are not
 * queue_log at all go to {@link Handler#malformed} with their number and reason, and reading goes on.
 */
final class QueueLogReader {

	/** A line longer than this is not queue_log: it is reported and skipped. */
	static final int MAX_LINE = 8 * 1024;

	private static final int BLOCK = 256 * 1024;

	interface Handler {

		void line(QueueLogLine line);

		void ignored(QueueLogLine line);

		void malformed(long number, String code, Object... args);

	}

	private final StringCache queues = new StringCache();

	private final StringCache agents = new StringCache();

	private final StringCache verbs = new StringCache();

	private final QueueLogLine line = new QueueLogLine();

	/** Reads the whole stream; returns the number of lines read (blank lines included). */
	long read(InputStream in, Handler handler) {
		byte[] buffer = new byte[BLOCK + MAX_LINE];
		line.bytes = buffer;
		long number = 0;
		int start = 0;
		int end = 0;
		boolean skippingLongLine = false;
		try {
			while (true) {
				int read = in.read(buffer, end, buffer.length - end);
				if (read < 0) {
					break;
				}
				end += read;
				int newline;
				while ((newline = indexOf(buffer, (byte) '\n', start, end)) >= 0) {
					number++;
					if (skippingLongLine) {
						skippingLongLine = false;
					}
					else {
						parse(buffer, start, newline, number, handler);
					}
					start = newline + 1;
				}
				if (end - start >= MAX_LINE) {
					// A line longer than any queue_log line: report it once, drop what was read of it.
					if (!skippingLongLine) {
						handler.malformed(number + 1, "telephony.line.too-long", MAX_LINE);
						skippingLongLine = true;
					}
					start = end;
				}
				if (start > 0) {
					System.arraycopy(buffer, start, buffer, 0, end - start);
					end -= start;
					start = 0;
				}
			}
			if (end > start) {
				number++;
				if (!skippingLongLine) {
					parse(buffer, start, end, number, handler);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return number;
	}

	private static int indexOf(byte[] buffer, byte wanted, int from, int to) {
		for (int i = from; i < to; i++) {
			if (buffer[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	private void parse(byte[] b, int from, int to, long number, Handler handler) {
		if (to > from && b[to - 1] == '\r') {
			to--;
		}
		if (to == from) {
			return; // a blank line, e.g. at the end of the file
		}
		QueueLogLine l = line;
		l.number = number;
		int fields = 0;
		int fieldStart = from;
		for (int i = from; i < to && fields < QueueLogLine.MAX_FIELDS - 1; i++) {
			if (b[i] == '|') {
				l.starts[fields] = fieldStart;
				l.ends[fields] = i;
				fields++;
				fieldStart = i + 1;
			}
		}
		l.starts[fields] = fieldStart;
		l.ends[fields] = to;
		fields++;
		l.fields = fields;
		if (fields < 5) {
			handler.malformed(number, "telephony.line.fields", fields);
			return;
		}
		long epoch = epoch(b, l.starts[0], l.ends[0]);
		if (epoch < 0) {
			handler.malformed(number, "telephony.line.time", new String(b, l.starts[0],
					Math.min(20, l.ends[0] - l.starts[0]), StandardCharsets.UTF_8));
			return;
		}
		l.epoch = epoch;
		if (l.ends[4] == l.starts[4]) {
			handler.malformed(number, "telephony.line.event");
			return;
		}
		l.event = QueueEvent.of(b, l.starts[4], l.ends[4] - l.starts[4]);
		if (l.event == null) {
			l.verb = verbs.get(b, l.starts[4], l.ends[4]);
			handler.ignored(l);
			return;
		}
		if (l.ends[1] - l.starts[1] > 64 || l.ends[2] - l.starts[2] > 64 || l.ends[3] - l.starts[3] > 80) {
			handler.malformed(number, "telephony.line.field-too-long");
			return;
		}
		l.callId = new String(b, l.starts[1], l.ends[1] - l.starts[1], StandardCharsets.ISO_8859_1);
		l.queue = queues.get(b, l.starts[2], l.ends[2]);
		l.agent = agents.get(b, l.starts[3], l.ends[3]);
		handler.line(l);
	}

	/** Epoch seconds, a decimal part dropped; -1 when not a plausible time. */
	private static long epoch(byte[] b, int from, int to) {
		long value = 0;
		int digits = 0;
		int i = from;
		for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
			value = value * 10 + (b[i] - '0');
			digits++;
		}
		if (digits == 0 || digits > 11) {
			return -1;
		}
		if (i < to) {
			if (b[i] != '.') {
				return -1;
			}
			for (i++; i < to; i++) {
				if (b[i] < '0' || b[i] > '9') {
					return -1;
				}
			}
		}
		return value;
	}

	/** Queue and agent names repeat on every line: one String each, found again by their bytes. */
	static final class StringCache {

		private static final int SIZE = 1024;

		private final byte[][] keys = new byte[SIZE][];

		private final String[] values = new String[SIZE];

		String get(byte[] b, int from, int to) {
			int h = to - from;
			for (int i = from; i < to; i++) {
				h = h * 31 + b[i];
			}
			int slot = (h ^ (h >>> 12)) & (SIZE - 1);
			byte[] key = keys[slot];
			if (key != null && java.util.Arrays.equals(key, 0, key.length, b, from, to)) {
				return values[slot];
			}
			String value = new String(b, from, to - from, StandardCharsets.UTF_8);
			keys[slot] = java.util.Arrays.copyOfRange(b, from, to);
			values[slot] = value;
			return value;
		}

	}

}
