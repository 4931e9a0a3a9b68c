package it.sportello.shared.importing;

import java.io.Reader;
import java.util.function.LongFunction;

/**
 * A CSV file made line by line as it is read, never whole: a header, then {@code lines} data lines from a
 * function of the line number (2 is the first data line), so a test can read hundreds of megabytes without
 * holding them.
 */
final class GeneratedCsv extends Reader {

	private final String header;

	private final long lines;

	private final LongFunction<String> line;

	private long next = 1;

	private String current = "";

	private int position;

	GeneratedCsv(String header, long lines, LongFunction<String> line) {
		this.header = header;
		this.lines = lines;
		this.line = line;
	}

	@Override
	public int read(char[] buffer, int offset, int length) {
		if (position == current.length()) {
			if (next > lines + 1) {
				return -1;
			}
			current = (next == 1 ? header : line.apply(next)) + "\r\n";
			next++;
			position = 0;
		}
		int count = Math.min(length, current.length() - position);
		current.getChars(position, position + count, buffer, offset);
		position += count;
		return count;
	}

	@Override
	public void close() {
	}

}
