package it.sportello.shared.attachments;

/** The name a file is kept under: the last part of a path, without control characters, at most 255 characters. */
final class FileNames {

	static final int MAX_LENGTH = 255;

	private static final String UNNAMED = "allegato";

	private FileNames() {
	}

	static String clean(String name) {
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder(last.length());
		last.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
		String cleaned = kept.toString().strip();
		if (cleaned.isEmpty()) {
			return UNNAMED;
		}
		return cleaned.length() <= MAX_LENGTH ? cleaned
				: cleaned.substring(0, Character.isHighSurrogate(cleaned.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH);
	}

}
