package it.sportello.shared.web;

/**
 * Text a person can type holds no control characters but tab, line feed and carriage return. The others
 * (NUL above all, which PostgreSQL refuses to store; DEL and the C1 controls U+0080–U+009F, which come from
 * text decoded with the wrong character set) only come from a broken or hostile client, and so does a lone
 * UTF-16 surrogate, which no character set can store or encode: the database would keep a {@code ?} or fail, and
 * JSON holding it is invalid for every client that reads it back. Every text input is refused at the boundary
 * when it holds one: in JSON bodies ({@link ControlCharactersModule}) and in form and query parameters
 * ({@link ControlCharactersBinding}).
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	static boolean in(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7f && c <= 0x9f) {
				return true;
			}
			if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else {
					return true;
				}
			}
		}
		return false;
	}

}
