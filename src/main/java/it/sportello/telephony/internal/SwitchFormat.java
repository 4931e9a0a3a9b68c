package it.sportello.telephony.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** The three formats of switch data, recognised from the first line that is not blank. */
enum SwitchFormat {

	QUEUE_LOG, CDR, CSV;

	private static final Pattern QUEUE_LOG_LINE = Pattern.compile("^\\d{1,11}(\\.\\d+)?\\|.*");

	private static final int PEEK = 16 * 1024;

	/** The format of the stream (which must support mark), or null when none; the stream is left unread. */
	static SwitchFormat detect(InputStream in) {
		try {
			in.mark(PEEK);
			byte[] head = in.readNBytes(PEEK);
			in.reset();
			String text = new String(head, StandardCharsets.UTF_8);
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			for (String line : text.split("\r?\n")) {
				if (line.isBlank()) {
					continue;
				}
				if (QUEUE_LOG_LINE.matcher(line).matches()) {
					return QUEUE_LOG;
				}
				String lower = line.toLowerCase(Locale.ROOT);
				if (lower.contains("queue") && lower.contains("entered")) {
					return CSV;
				}
				if (line.startsWith("\"") && line.chars().filter(c -> c == ',').count() >= 15) {
					return CDR;
				}
				return null;
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
