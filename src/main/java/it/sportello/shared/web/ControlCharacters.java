package it.sportello.shared.web;

/**
 * Text a person can type holds no control characters but tab, line feed and carriage return. The others
 * (NUL above all, which PostgreSQL refuses to store) only come from a broken or hostile client, so every
 * text input is refused at the boundary when it holds one: in JSON bodies ({@link ControlCharactersModule})
 * and in form and query parameters ({@link ControlCharactersBinding}).
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	static boolean in(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

}
